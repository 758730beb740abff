// An agreement as the registry holds it, turned into the draft that assessment-service's what-if preview takes.
import type { Agreement } from '@jembatan/client/agreements';
import type { AgreementDraft } from '@jembatan/client/assessment';

type Sector = NonNullable<AgreementDraft['sectors']>[number];
type Role = NonNullable<AgreementDraft['participants']>[number]['role'];
type CodeScheme = NonNullable<AgreementDraft['foreignRegion']>['scheme'];

/** A foreign party's code is `SCHEME:code` for a region and an organisation key otherwise. */
export function toDraft(agreement: Agreement): AgreementDraft {
  const foreignCode = agreement.foreignParty?.code ?? '';
  const separator = foreignCode.indexOf(':');
  return {
    reference: agreement.reference,
    title: agreement.title ?? '',
    summary: agreement.summary,
    form: agreement.form ?? 'KSDPL',
    type: agreement.type ?? 'OTHER',
    indonesianRegionCode: agreement.indonesianParty?.code ?? '',
    ...(separator > 0
      ? { foreignRegion: { scheme: foreignCode.slice(0, separator) as CodeScheme, code: foreignCode.slice(separator + 1) } }
      : { foreignOrganisation: foreignCode }),
    participants: (agreement.participants ?? []).flatMap((p) =>
      p.key && p.role ? [{ organisation: p.key, role: p.role as Role, note: p.note }] : []),
    sectors: (agreement.sectors ?? []) as Sector[],
    validFrom: agreement.validFrom,
    validUntil: agreement.validUntil,
    renewable: agreement.renewable,
    trainingTarget: agreement.trainingTarget,
    environmentalApprovalRef: agreement.environmentalApprovalRef,
    instruments: agreement.instruments as AgreementDraft['instruments'],
    clauses: agreement.clauses as AgreementDraft['clauses'],
    costBenefit: agreement.costBenefit as AgreementDraft['costBenefit'],
    commitments: agreement.commitments as AgreementDraft['commitments'],
    confidential: agreement.confidential,
  };
}
