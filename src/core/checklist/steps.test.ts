import { countInlineSteps } from './steps';

describe('countInlineSteps', () => {
  it.each([
    ['Login as teacher -> Reports -> Export CSV', 3],
    ['log in; open the gradebook; click Export', 3],
    ['open planner, drag lesson to Tuesday, refresh -> lesson is back on Monday', 3],
    ['1. log in 2. open planner 3. click week view', 3],
    ['go to login.example.com, click "Sign in with Google", observe 502', 3],
    ['open the gradebook', 1],
    ['open the gradebook, which takes a while', 1],
    ['N/A', 0],
    ['', 0],
  ])('%p -> %p', (value, expected) => expect(countInlineSteps(value)).toBe(expected));
});
