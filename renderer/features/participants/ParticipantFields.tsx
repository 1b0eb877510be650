/** The fields of a person, shared by the add, edit and walk-in forms. */
import { useId, useState } from 'react';
import type { Participant } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { TextArea, TextField } from '../../ui/Field';

export type ParticipantDraft = Pick<
  Participant,
  | 'lastName'
  | 'firstName'
  | 'organisation'
  | 'role'
  | 'territory'
  | 'email'
  | 'tags'
  | 'notes'
  | 'isWalkIn'
>;

export const emptyDraft: ParticipantDraft = {
  lastName: '',
  firstName: '',
  organisation: '',
  role: '',
  territory: '',
  email: '',
  tags: [],
  notes: '',
  isWalkIn: false,
};

/** Loose on purpose, like the importer: one @, a dot in the domain, no spaces. */
const looksLikeEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/u.test(email.trim());

export function ParticipantFields({
  value,
  onChange,
  roles,
  readOnly = false,
  short = false,
}: {
  value: ParticipantDraft;
  onChange: (patch: Partial<ParticipantDraft>) => void;
  roles: readonly string[];
  readOnly?: boolean;
  /** Only what is asked at the door: names, organisation, role, e-mail. */
  short?: boolean;
}) {
  const t = useT();
  const emailHint =
    value.email.trim() !== '' && !looksLikeEmail(value.email)
      ? t('participants.field.emailDoubtful')
      : undefined;
  return (
    <div className="participant-fields">
      <TextField
        label={t('participants.field.lastName')}
        value={value.lastName}
        maxLength={200}
        readOnly={readOnly}
        autoFocus
        autoComplete="off"
        onChange={(e) => onChange({ lastName: e.target.value })}
      />
      <TextField
        label={t('participants.field.firstName')}
        value={value.firstName}
        maxLength={200}
        readOnly={readOnly}
        autoComplete="off"
        onChange={(e) => onChange({ firstName: e.target.value })}
      />
      <TextField
        label={t('participants.field.organisation')}
        value={value.organisation}
        maxLength={300}
        readOnly={readOnly}
        autoComplete="off"
        onChange={(e) => onChange({ organisation: e.target.value })}
      />
      <RoleSelect
        value={value.role}
        roles={roles}
        disabled={readOnly}
        onChange={(role) => onChange({ role })}
      />
      {!short && (
        <TextField
          label={t('participants.field.territory')}
          value={value.territory}
          maxLength={200}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(e) => onChange({ territory: e.target.value })}
        />
      )}
      <TextField
        label={t('participants.field.email')}
        type="email"
        value={value.email}
        maxLength={320}
        readOnly={readOnly}
        autoComplete="off"
        hint={emailHint}
        onChange={(e) => onChange({ email: e.target.value })}
      />
      {!short && (
        <>
          <TagsField
            tags={value.tags}
            readOnly={readOnly}
            onChange={(tags) => onChange({ tags })}
          />
          <TextArea
            label={t('participants.field.notes')}
            value={value.notes}
            rows={3}
            maxLength={5000}
            readOnly={readOnly}
            onChange={(e) => onChange({ notes: e.target.value })}
          />
          <label className="participant-fields__check">
            <input
              type="checkbox"
              checked={value.isWalkIn}
              disabled={readOnly}
              onChange={(e) => onChange({ isWalkIn: e.target.checked })}
            />
            {t('participants.field.isWalkIn')}
          </label>
        </>
      )}
    </div>
  );
}

export function RoleSelect({
  value,
  roles,
  onChange,
  disabled = false,
}: {
  value: string;
  roles: readonly string[];
  onChange: (role: string) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('participants.field.role')}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('participants.noRole')}</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
        {value !== '' && !roles.includes(value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

/** Tags typed as « jeunesse, élue »: the text being typed is kept while the field has focus. */
function TagsField({
  tags,
  onChange,
  readOnly,
}: {
  tags: string[];
  onChange: (tags: string[]) => void;
  readOnly: boolean;
}) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <TextField
      label={t('participants.field.tags')}
      hint={t('participants.field.tagsHint')}
      value={draft ?? tags.join(', ')}
      readOnly={readOnly}
      onFocus={() => setDraft(tags.join(', '))}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.target.value);
        const next = e.target.value
          .split(/[,;]/)
          .map((tag) => tag.trim().slice(0, 100))
          .filter(Boolean)
          .slice(0, 50);
        onChange([...new Set(next)]);
      }}
    />
  );
}
