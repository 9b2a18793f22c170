// Every Web API method the stand-in knows. Anything else answers unknown_method, loudly.
import type { Handler } from './args';
import { chatMethods } from './chat';
import { conversationMethods } from './conversations';
import { directoryMethods } from './directory';

export const METHODS: Readonly<Record<string, Handler>> = {
  ...conversationMethods,
  ...chatMethods,
  ...directoryMethods,
};
