// An officer registers an agreement; the service's field errors are shown at their fields, in the chosen language.
import { useState } from 'preact/hooks';
import type { AgreementInput } from '@jembatan/client/agreements';
import { agreements, ProblemError } from '../lib/api';
import { useSession } from '../lib/context';
import { label } from '../lib/i18n';

type Sector = NonNullable<AgreementInput['sectors']>[number];
type CodeScheme = NonNullable<AgreementInput['foreignRegion']>['scheme'];
const SECTORS: Sector[] = ['TOURISM', 'CREATIVE_ECONOMY', 'HUMAN_RESOURCES', 'EDUCATION', 'E_COMMERCE', 'ARTIFICIAL_INTELLIGENCE',
  'DIGITAL_INFRASTRUCTURE', 'TRADE_EXPORT', 'INVESTMENT', 'INFRASTRUCTURE', 'TRANSPORT', 'ENERGY', 'ENVIRONMENT', 'HEALTH', 'CULTURE',
  'AGRICULTURE', 'INDUSTRY', 'URBAN_PLANNING', 'GOVERNANCE'];
const TYPES: AgreementInput['type'][] = ['SISTER_CITY', 'SISTER_PROVINCE', 'TECHNICAL_COOPERATION', 'ECONOMIC_COOPERATION', 'EDUCATION_CULTURE', 'OTHER'];
const SCHEMES: CodeScheme[] = ['GB_T_2260', 'ISO_3166_2', 'UN_LOCODE', 'GEONAMES', 'KEMENDAGRI', 'BPS'];

export function Register({ navigate }: { navigate: (hash: string) => void }) {
  const { t, lang } = useSession();
  const [input, setInput] = useState({ title: '', summary: '', form: 'KSDPL' as AgreementInput['form'], type: 'SISTER_CITY' as AgreementInput['type'],
    indonesianRegionCode: '', scheme: 'GB_T_2260' as CodeScheme, foreignCode: '', foreignOrganisation: '', validFrom: '', validUntil: '', loiSignedOn: '' });
  const [sectors, setSectors] = useState<Sector[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const set = (field: keyof typeof input) => (e: Event) => setInput({ ...input, [field]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors({}); setFailure(undefined);
    const body: AgreementInput = {
      title: input.title, summary: input.summary || undefined, form: input.form, type: input.type,
      indonesianRegionCode: input.indonesianRegionCode.trim(), sectors,
      validFrom: input.validFrom || undefined, validUntil: input.validUntil || undefined,
      instruments: input.loiSignedOn ? [{ kind: 'LOI', title: input.title, signedOn: input.loiSignedOn }] : undefined,
      ...(input.form === 'KSDPL' ? { foreignRegion: { scheme: input.scheme, code: input.foreignCode.trim() } } : { foreignOrganisation: input.foreignOrganisation.trim() }),
    };
    try {
      const { data } = await agreements.createAgreement({ body });
      navigate(`#/agreements/${data.id}`);
    } catch (error) {
      if (error instanceof ProblemError) {
        setErrors(error.fieldErrors());
        setFailure(error.message);
      } else {
        setFailure(String(error));
      }
    }
  };

  /** The error for a field, also when the service names a nested path such as foreignRegion.code */
  const errorOf = (...names: string[]) => {
    for (const [field, message] of Object.entries(errors)) {
      if (names.some((n) => field === n || field.startsWith(`${n}.`) || field.endsWith(`.${n}`))) return message;
    }
    return undefined;
  };
  const field = (id: string, text: string, control: preact.JSX.Element, ...names: string[]) => {
    const message = errorOf(...names);
    return (
      <div class="field">
        <label for={id}>{text}</label>
        {control}
        {message && <span class="field-error" id={`${id}-error`}>{message}</span>}
      </div>
    );
  };
  const described = (id: string, ...names: string[]) => (errorOf(...names) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});

  return (
    <>
      <h1>{t.registerTitle}</h1>
      <form class="filters" onSubmit={submit} noValidate>
        <div class="field wide">
          <label for="r-title">{t.title}</label>
          <input id="r-title" value={input.title} onInput={set('title')} {...described('r-title', 'title')} />
          {errorOf('title') && <span class="field-error" id="r-title-error">{errorOf('title')}</span>}
        </div>
        {field('r-form', t.form, <select id="r-form" value={input.form} onChange={set('form')}><option value="KSDPL">KSDPL</option><option value="KSDLL">KSDLL</option></select>, 'form')}
        {field('r-type', t.type, <select id="r-type" value={input.type} onChange={set('type')}>{TYPES.map((x) => <option key={x} value={x}>{label(lang, x)}</option>)}</select>, 'type')}
        {field('r-region', t.indonesianRegionCode, <input id="r-region" value={input.indonesianRegionCode} placeholder="36.73" onInput={set('indonesianRegionCode')} {...described('r-region', 'indonesianRegionCode')} />, 'indonesianRegionCode')}
        {input.form === 'KSDPL' ? (
          <>
            {field('r-scheme', t.foreignScheme, <select id="r-scheme" value={input.scheme} onChange={set('scheme')}>{SCHEMES.map((s) => <option key={s} value={s}>{s}</option>)}</select>, 'foreignRegion.scheme')}
            {field('r-foreign', t.foreignRegionCode, <input id="r-foreign" value={input.foreignCode} placeholder="330100" onInput={set('foreignCode')} {...described('r-foreign', 'foreignRegion')} />, 'foreignRegion')}
          </>
        ) : field('r-org', t.foreignOrganisation, <input id="r-org" value={input.foreignOrganisation} placeholder="alibaba" onInput={set('foreignOrganisation')} {...described('r-org', 'foreignOrganisation')} />, 'foreignOrganisation')}
        {field('r-from', t.validFrom, <input id="r-from" type="date" value={input.validFrom} onInput={set('validFrom')} />, 'validFrom')}
        {field('r-until', t.validUntil, <input id="r-until" type="date" value={input.validUntil} onInput={set('validUntil')} {...described('r-until', 'validUntil')} />, 'validUntil')}
        {field('r-loi', t.loiSignedOn, <input id="r-loi" type="date" value={input.loiSignedOn} onInput={set('loiSignedOn')} {...described('r-loi', 'instruments')} />, 'instruments')}
        <fieldset class="clauses-edit wide-field">
          <legend>{t.sectors}</legend>
          {SECTORS.map((s) => (
            <label key={s} class="check"><input type="checkbox" checked={sectors.includes(s)}
              onChange={(e) => setSectors(e.currentTarget.checked ? [...sectors, s] : sectors.filter((x) => x !== s))} /> {label(lang, s)}</label>
          ))}
        </fieldset>
        <div class="field wide">
          <label for="r-summary">{t.description}</label>
          <textarea id="r-summary" rows={3} value={input.summary} onInput={set('summary')} />
        </div>
        <div class="actions"><button type="submit">{t.registerSubmit}</button></div>
        {failure && <p class="notice wide-field" role="alert">{failure}</p>}
      </form>
    </>
  );
}
