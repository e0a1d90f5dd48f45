// /staff/elections/rules — the six election rules for election night: pick a rule, edit the
// numbers (JSON, the same as `gongzhi rules <name>`), and read the statute's answer with the rule
// and article of each reason. The verdict is the server's own pure function.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, fieldText } from '../../lib/api.ts';
import { SelectField, TextAreaField } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote } from '../../lib/ui.tsx';
import type { Reason } from '../../public/elections/model.ts';
import { ElectionsNav } from './Elections.tsx';
import './elections.css';

const examples: Record<string, unknown> = {
  'election-tally': { profile: 'zhejiang', round: 'first', seats: 3, registeredVoters: 380, votersWhoVoted: 260, ballotsReturned: 260, candidates: [{ name: '张明', votes: 201 }, { name: '李华', votes: 150 }, { name: '王芳', votes: 128, female: true }, { name: '赵强', votes: 97 }] },
  'election-turnout': { profile: 'zhejiang', registeredVoters: 380, inPersonVoters: 180, proxies: [{ proxy: '张明', principals: ['张一', '张二', '张三', '张四'] }] },
  'candidate-list': { profile: 'national', position: 'member', seats: 3, candidates: ['张明', '李华', '王芳'] },
  recall: { registeredVoters: 500, representatives: 30, petitions: [{ by: 'voters', signatures: 100 }], vote: { votersWhoVoted: 260, yes: 131, no: 120, invalid: 9 } },
  'voter-eligibility': { profile: 'national', electionDate: '2026-10-18', person: { birthDate: '2008-10-18', hukouHere: true, livesHere: false, declaredParticipation: true } },
  'voter-list-deadline': { electionDate: '2026-10-18', publishedOn: '2026-09-29' },
};
const verdictKeys = ['valid', 'eligible', 'compliant', 'passed'] as const;

export function ElectionRulesPage() {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('election-tally');
  const [text, setText] = useState(JSON.stringify(examples['election-tally'], null, 2));
  const [result, setResult] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const choose = (n: string) => { setName(n); setText(JSON.stringify(examples[n], null, 2)); setResult(null); setError(null); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    let input: unknown;
    try { input = JSON.parse(text); } catch { setError(new Error('json')); return; }
    try { setResult(await api<Record<string, unknown>>(`/api/v1/rules/${name}`, { json: input })); } catch (err) { setError(err); }
  };
  const title = t('elections.rules.title');
  const key = result ? verdictKeys.find((k) => typeof result[k] === 'boolean') : undefined;
  return (
    <>
      <ElectionsNav />
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <p className="lead">{t('elections.rules.intro')}</p>
      <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField id={`${id}-rule`} label={t('elections.rules.rule')} value={name} onChange={(e) => choose(e.target.value)}>
          {Object.keys(examples).map((n) => <option key={n} value={n}>{t.dyn(`elections.rules.${n}`, n)}</option>)}
        </SelectField>
        <TextAreaField id={`${id}-input`} label={t('elections.rules.input')} hint={t('elections.rules.inputHint')} value={text} onChange={(e) => setText(e.target.value)} rows={10} className="code-input" spellCheck={false} />
        <div className="form-actions"><button type="submit" className="primary">{t('elections.rules.check')}</button></div>
      </form>
      <div aria-live="polite" className="rule-result">
        {error instanceof ApiError && (
          <div className="error-summary" role="alert">
            <p><strong>{error.text(t.lang)}</strong></p>
            <ul>{error.errors.map((x, i) => <li key={i}><code>{x.field.replace(/^body\./, '')}</code> {fieldText(x, t.lang)}</li>)}</ul>
          </div>
        )}
        {error !== null && !(error instanceof ApiError) && (error instanceof Error && error.message === 'json' ? <p role="alert" className="error-note">{t('elections.rules.badJson')}</p> : <ErrorNote error={error} />)}
        {result && (
          <div className="card verdict-box">
            {key && <p><strong>{key}: {result[key] ? t('elections.rules.yes') : t('elections.rules.no')}</strong></p>}
            <ul className="reasons">{(result.reasons as Reason[] | undefined)?.map((r, i) => <li key={i}>{r.message} <span className="muted">（{r.article}）</span></li>)}</ul>
            <pre className="json-out">{JSON.stringify({ ...result, reasons: undefined }, null, 2)}</pre>
          </div>
        )}
      </div>
    </>
  );
}
