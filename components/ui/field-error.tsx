type Props = { id: string; errors?: string[] };

/** The error text under a field, tied to its input by aria-describedby. */
export function FieldError({ id, errors }: Props) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}
