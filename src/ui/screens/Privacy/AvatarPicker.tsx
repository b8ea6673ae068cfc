import { AVATARS, Avatar, type AvatarId } from "./avatars";
import { useAvatarName } from "./useAvatarName";
import { usePrivacyT } from "./usePrivacyT";

/** The twelve pictures as large buttons, each with its name; used to choose and to unlock. */
export function AvatarPicker({
  onPick,
  disabled,
  label,
}: {
  onPick: (id: AvatarId) => void;
  disabled?: boolean;
  label: string;
}) {
  const { t } = usePrivacyT();
  const nameOf = useAvatarName(t);
  return (
    <ul class="tiles avatar-tiles" aria-label={label}>
      {AVATARS.map((id) => (
        <li key={id}>
          <button type="button" class="tile" disabled={disabled} onClick={() => onPick(id)}>
            <Avatar id={id} />
            <span>{nameOf(id)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
