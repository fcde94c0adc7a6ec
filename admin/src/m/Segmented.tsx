/** A radio group drawn as thumb-sized buttons: real radios, so the choice is announced and keyboard-usable. */
export function Segmented<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  disabled = [],
}: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | null | undefined;
  onChange: (value: T) => void;
  disabled?: readonly T[];
}) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`choice choice-${option.value}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled.includes(option.value)}
            onChange={() => onChange(option.value)}
            className="visually-hidden"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
