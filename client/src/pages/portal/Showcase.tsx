// The parts of a profile that show it off: the logo, outcome badges, products with photos and
// OCOP stars, and the documents (pitch deck, brochure) that connected parties may open. Used by
// the public page (/p/:id) and the signed-in profile page alike.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@ketnoi/contract';
import { fileUrl } from '../../api/files.js';
import { useLabels } from '../../api/hooks/reference.js';
import { FileImage } from '../../components/FileImage.js';

export function ProfileLogo({ profile, size = 'large' }: { profile: Pick<Profile, 'name' | 'logoFileId'>; size?: 'large' | 'small' }) {
  const px = size === 'large' ? 96 : 56;
  if (!profile.logoFileId) {
    return (
      <span className={`logo logo--${size} logo--initial`} aria-hidden="true">
        {profile.name.trim().charAt(0).toUpperCase()}
      </span>
    );
  }
  return (
    <FileImage
      className={`logo logo--${size}`}
      fileId={profile.logoFileId}
      alt={''}
      width={px}
      height={px}
      smallOnly
      eager={size === 'large'}
    />
  );
}

/** The profile's head: logo, kind, name with its verified badge, headline and place; `children` follow (e.g. an edit link). */
export function ProfileHead({ profile, className, children }: { profile: Profile; className?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <header className={className ? `showcase-head ${className}` : 'showcase-head'}>
      <ProfileLogo profile={profile} />
      <div className="showcase-head__text">
        <p className="eyebrow">{t(`roles.${profile.kind}`)}</p>
        <h1>
          {profile.name} {profile.verified && <span className="badge badge--ok">{t('profile.verified')}</span>}
        </h1>
        {profile.headline && <p className="lead">{profile.headline}</p>}
        <p className="muted">
          {labels.province(profile.province)}
          {profile.commune ? ` · ${profile.commune}` : ''}
        </p>
        {children}
      </div>
    </header>
  );
}

export function OcopStars({ stars }: { stars: number }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge--warn ocop">
      <span aria-hidden="true">OCOP {'★'.repeat(stars)}</span>
      <span className="visually-hidden">{t('portal.profile.ocopStars', { count: stars })}</span>
    </span>
  );
}

export function OutcomeBadges({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const badges = profile.outcomeBadges ?? [];
  if (badges.length === 0) return null;
  return (
    <ul className="outcome-badges" aria-label={t('portal.profile.badges')}>
      {badges.map((badge) => (
        <li key={badge.tag} className="badge badge--ok outcome-badge">
          <span aria-hidden="true">✓ </span>
          {t(`outcome.${badge.tag}`, { defaultValue: badge.tag })}
          {badge.count > 1 && <span className="outcome-badge__count"> ×{badge.count}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A startup's products, each with its photos and OCOP stars; the first photo loads at once (it is on the first screen). */
export function Products({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const products = profile.products ?? [];
  if (products.length === 0) return null;
  const firstWithPhoto = products.findIndex((p) => (p.photoFileIds ?? []).length > 0);
  return (
    <section aria-labelledby="products-title" className="products">
      <h2 id="products-title">{t('fields.products')}</h2>
      <ul className="product-grid">
        {products.map((product, index) => {
          const [photo, ...more] = product.photoFileIds ?? [];
          const eager = index === firstWithPhoto;
          return (
            <li key={index} className="card product">
              {photo && (
                <FileImage
                  className="product__photo"
                  fileId={photo}
                  alt={product.name}
                  width={400}
                  height={300}
                  sizes="(min-width: 900px) 360px, calc(100vw - 32px)"
                  eager={eager}
                />
              )}
              <div className="product__body">
                <h3>{product.name}</h3>
                {product.ocopStars && <OcopStars stars={product.ocopStars} />}
                {product.description && <p>{product.description}</p>}
                {more.length > 0 && (
                  <ul className="product__more">
                    {more.map((id, i) => (
                      <li key={id}>
                        <a href={fileUrl(id)} target="_blank" rel="noopener">
                          <FileImage
                            className="product__thumb"
                            fileId={id}
                            alt={t('portal.profile.morePhoto', { name: product.name, n: i + 2 })}
                            width={64}
                            height={48}
                            smallOnly
                          />
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The documents of a profile. Only the owner, staff and parties connected by an accepted
 * introduction may open them; the same people see the contact details, so that is the sign.
 */
export function Documents({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const documents = profile.documents ?? [];
  if (documents.length === 0) return null;
  const mayOpen = profile.contact !== undefined;
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t(`profileDocuments.title.${profile.kind}`)}</h2>
      {mayOpen ? (
        <ul className="plain-list">
          {documents.map((doc) => (
            <li key={doc.fileId}>
              <a href={fileUrl(doc.fileId)} download>
                {doc.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('portal.profile.documentsLocked', { count: documents.length })}</p>
      )}
    </section>
  );
}
