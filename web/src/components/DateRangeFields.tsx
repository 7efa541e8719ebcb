/** Builds the change handler of one input of the range (filter forms have one such `set(key)`). */
type HandlerOf = (key: 'from' | 'to') => (e: { target: { value: string } }) => void;

interface Props {
  /** Prefix of the inputs' ids (`<id>-from`, `<id>-to`). */
  id: string;
  from: string | undefined;
  to: string | undefined;
  labels: { from: string; to: string };
  onChangeOf: HandlerOf;
}

/** The "from" and "to" date fields of a filter form; each bounds the other's picker. */
export function DateRangeFields({ id, from, to, labels, onChangeOf }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>{labels.from}</label>
        <input id={`${id}-from`} type="date" value={from ?? ''} max={to} onChange={onChangeOf('from')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{labels.to}</label>
        <input id={`${id}-to`} type="date" value={to ?? ''} min={from} onChange={onChangeOf('to')} />
      </div>
    </>
  );
}
