import { BUNDLES } from '../../i18n/I18nProvider';
import type { TranslationKey } from '../../i18n/keys';
import { createTranslator } from '../../i18n/translate';
import { missingInfoRequest } from './missingInfoRequest';

const t = (locale: string) => createTranslator<TranslationKey>(locale, BUNDLES);

describe('missingInfoRequest', () => {
  it('greets the requester and lists exactly the missing items, in order', () => {
    const text = missingInfoRequest(t('en'), ['visuals', 'school'], ' Dana Reyes ');
    expect(text.split('\n')).toEqual([
      'Hi Dana Reyes,',
      '',
      'Thank you for reporting this. So that our engineers can look into it as quickly as possible, could you please send us:',
      '- a screenshot or short video of the whole browser window, including the address bar',
      '- the name of your school or district',
      '',
      'As soon as we have these details we will move this forward. Thank you for your help!',
    ]);
  });

  it('uses a neutral greeting without a name, and speaks Spanish for es-MX', () => {
    const text = missingInfoRequest(t('es-MX'), ['userIds']);
    expect(text.startsWith('Hola:\n')).toBe(true);
    expect(text).toContain('- los ID de los usuarios afectados');
    expect(text).not.toContain('Thank you');
  });
});
