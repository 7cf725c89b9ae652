import { defineMessages } from './messages.js';

/** Labels of the contract's fixed code lists, for when a backend sends no vocabulary. */
export const codes = defineMessages(
  {
    'type.detachering': 'Detachering',
    'type.interim': 'Interim',
    'type.inhuur': 'Inhuur (zzp/zpp)',
    'type.intern': 'Intern',
    'type.belangeloos': 'Belangeloos',
    'mode.onsite': 'Op locatie',
    'mode.hybrid': 'Hybride',
    'mode.remote': 'Op afstand',
    'kind.zpp': 'Zelfstandig publiek professional (zpp)',
    'kind.zzp': 'Zelfstandige (zzp)',
    'kind.ondernemend-ambtenaar': 'Ondernemend ambtenaar',
    'kind.manager': 'Manager',
    'kind.interim': 'Interim-professional',
    'applicationStatus.received': 'Ontvangen',
    'applicationStatus.in-behandeling': 'In behandeling',
    'applicationStatus.uitgenodigd': 'Uitgenodigd',
    'applicationStatus.afgewezen': 'Afgewezen',
    'applicationStatus.ingetrokken': 'Ingetrokken',
  },
  {
    'type.detachering': 'Secondment',
    'type.interim': 'Interim',
    'type.inhuur': 'Freelance (zzp/zpp)',
    'type.intern': 'Internal',
    'type.belangeloos': 'Pro bono',
    'mode.onsite': 'On site',
    'mode.hybrid': 'Hybrid',
    'mode.remote': 'Remote',
    'kind.zpp': 'Independent public professional (zpp)',
    'kind.zzp': 'Independent professional (zzp)',
    'kind.ondernemend-ambtenaar': 'Entrepreneurial civil servant',
    'kind.manager': 'Manager',
    'kind.interim': 'Interim professional',
    'applicationStatus.received': 'Received',
    'applicationStatus.in-behandeling': 'Under review',
    'applicationStatus.uitgenodigd': 'Invited',
    'applicationStatus.afgewezen': 'Declined',
    'applicationStatus.ingetrokken': 'Withdrawn',
  },
);

export type CodeList = 'type' | 'mode' | 'kind' | 'applicationStatus';

export function codeLabel(list: CodeList, value: string, lang: 'nl' | 'en'): string {
  return (codes[lang] as Record<string, string>)[`${list}.${value}`] ?? value;
}
