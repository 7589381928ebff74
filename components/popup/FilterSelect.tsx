import type { FacetValue } from '@/utils/library/filters';

interface Props {
  label: string;
  value: string | undefined;
  choices: readonly FacetValue[];
  onChange: (value: string) => void;
  /** How a value reads, where it is not its own name (a colour the reader named). */
  nameOf?: (value: string) => string;
}

/** One filter dropdown: "any" plus each value with how many highlights have it. */
export function FilterSelect({ label, value, choices, onChange, nameOf = (value) => value }: Props) {
  if (!choices.length && !value) return null;
  return (
    <label className="filter">
      <span className="visually-hidden">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)} aria-label={label}>
        <option value="">{`Any ${label.toLowerCase()}`}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {`${nameOf(choice.value)} (${choice.count})`}
          </option>
        ))}
      </select>
    </label>
  );
}
