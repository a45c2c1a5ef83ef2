import { publicCmsUrl } from '../../env'
import { accountMail } from './mailHtml'

type NewClaim = { claimId: number | string; partnerName: string; partnerEmail: string; organisationName: string; isNew: boolean }

/** Tells the redactie of the wijk that a partner waits for its decision, with a link to the claim. */
export const newClaimMail = ({ claimId, partnerName, partnerEmail, organisationName, isNew }: NewClaim) =>
  accountMail(`Nieuwe partner: ${partnerName} (${organisationName})`, [
    'Hallo redactie,',
    isNew
      ? `${partnerName} (${partnerEmail}) heeft een account gemaakt en wil een nieuwe organisatie op de site zetten: ${organisationName}.`
      : `${partnerName} (${partnerEmail}) heeft een account gemaakt en wil ${organisationName} beheren.`,
    'Kijk of dit klopt. Keur de aanvraag goed of wijs hem af.',
    { link: `${publicCmsUrl()}/admin/collections/organisation-claims/${claimId}`, label: 'Aanvraag bekijken' },
  ])
