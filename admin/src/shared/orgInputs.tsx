import { useEffect, useMemo, useRef } from 'react';
import { SelectInput, type SelectInputProps, useGetList, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { districts } from '#functions/platform/districts';

/** The 7 districts are fixed by administrative division (functions/domain/districts.ts): no request needed. */
export const districtChoices = districts.map((district) => ({ id: district.id, name: district.name }));

/** Towns and grids of one parent fit in a page: 66 towns in the city, a few dozen grids in a town. */
const ALL = { page: 1, perPage: 100 } as const;

type OrgInputProps = Omit<SelectInputProps, 'source' | 'choices'> & {
  source?: string;
  /** Form field names of the inputs below this one, cleared when this one changes. */
  clears?: readonly string[];
};

/** No choice yet: a field not registered yet (undefined), emptied by react-admin (null) or by MUI (''). */
const chosen = (value: unknown) => (value === undefined || value === null || value === '' ? null : value);

/**
 * Clears the dependent fields when the parent value changes after the first render (not on load). A field that
 * goes from undefined to '' while the filter form mounts has not changed: clearing then would reset the list's
 * filter, and with it the page the URL names (Back and reload landed on page 1).
 */
function useClearOnChange(value: unknown, clears: readonly string[] | undefined) {
  const { setValue } = useFormContext();
  const previous = useRef(chosen(value));
  useEffect(() => {
    if (previous.current === chosen(value)) return;
    previous.current = chosen(value);
    for (const field of clears ?? []) setValue(field, null, { shouldDirty: true });
  }, [value, clears, setValue]);
}

export const DistrictSelectInput = ({ source = 'districtId', clears, ...props }: OrgInputProps) => {
  const value = useWatch({ name: source });
  useClearOnChange(value, clears);
  return <SelectInput source={source} choices={districtChoices} {...props} />;
};

/** 镇（街道） of the district chosen in `districtSource` (all towns in scope when there is none). */
export const TownSelectInput = ({
  source = 'townId',
  districtSource = 'districtId',
  clears,
  ...props
}: OrgInputProps & { districtSource?: string }) => {
  const translate = useTranslate();
  const districtId = useWatch({ name: districtSource }) as string | null | undefined;
  const value = useWatch({ name: source });
  useClearOnChange(value, clears);
  const { data, isPending, error } = useGetList('towns', {
    pagination: ALL,
    sort: { field: 'name', order: 'ASC' },
    filter: districtId ? { districtId } : {},
  });
  return (
    <SelectInput
      source={source}
      choices={data ?? []}
      isPending={isPending}
      helperText={error ? translate('app.states.error', { message: error.message }) : undefined}
      {...props}
    />
  );
};

/**
 * 网格 of the town chosen in `townSource`. In a filter, 网格外 is the choice `none` (`gridId=none`); in an
 * enterprise form it is the empty choice, saved as null; `pick` (a grid member's grid) has no 网格外.
 */
export const GridSelectInput = ({
  source = 'gridId',
  townSource = 'townId',
  mode,
  fixedTownId,
  ...props
}: OrgInputProps & {
  townSource?: string;
  mode: 'filter' | 'enterprise' | 'pick';
  /** A town officer's own town, when the form has no town input. */
  fixedTownId?: string;
}) => {
  const translate = useTranslate();
  const watchedTownId = useWatch({ name: townSource }) as string | null | undefined;
  const townId = fixedTownId ?? watchedTownId;
  const { data, isPending } = useGetList(
    'grids',
    { pagination: ALL, sort: { field: 'name', order: 'ASC' }, filter: { townId } },
    { enabled: Boolean(townId) },
  );
  const outside = translate('app.org.outsideGrid');
  const choices = useMemo(
    () => (mode === 'filter' ? [{ id: 'none', name: outside }, ...(data ?? [])] : (data ?? [])),
    [mode, outside, data],
  );
  return (
    <SelectInput
      source={source}
      choices={choices}
      isPending={Boolean(townId) && isPending}
      {...(mode === 'enterprise'
        ? // the empty choice means 网格外: show it as such rather than as a blank input
          { emptyText: outside, slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } }
        : {})}
      {...props}
    />
  );
};
