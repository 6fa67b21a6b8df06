import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '@ketnoi/contract';
import { useLabels } from '../../api/hooks/reference.js';
import { ProfileName } from '../../components/ProfileName.js';

/**
 * A conversation member as the conversation names them: a profile by its name (linked), the staff
 * member who brokered the intro by their name and office ("Cán bộ tỉnh · Lạng Sơn"), who has no
 * profile to open (issue 14 item 22). Before the conversation is loaded, the profile is looked up.
 */
export function MemberName({ conversation, id, link = true }: { conversation: Conversation | undefined; id: string; link?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const member = conversation?.members.find((m) => m.id === id);
  if (!member) return <ProfileName id={id} link={link} />;
  if (member.kind === 'staff') {
    const office = [t(`roles.${member.role}`), member.province ? labels.province(member.province) : null].filter(Boolean).join(' · ');
    return (
      <span className="member member--staff">
        {member.name} <span className="member__office">({office})</span>
      </span>
    );
  }
  return link ? <Link to={`/profiles/${encodeURIComponent(member.id)}`}>{member.name}</Link> : <>{member.name}</>;
}
