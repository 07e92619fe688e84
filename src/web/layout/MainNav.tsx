import { Stack } from '@mantine/core';
import {
  IconAdjustments,
  IconBriefcase,
  IconBulb,
  IconTargetArrow,
  IconBuildingCommunity,
  IconMapPin,
  IconSchool,
  IconSpeakerphone,
  IconNews,
  IconStar,
  IconCalendarOff,
  IconCalendarTime,
  IconCertificate,
  IconUserShield,
  IconGavel,
  IconShieldSearch,
  IconClipboardCheck,
  IconFiles,
  IconReportAnalytics,
  IconChartBar,
  IconHome,
  IconListCheck,
  IconBuildingStore,
  IconPackage,
  IconQrcode,
  IconUsers,
  IconUsersGroup,
  IconClockPlay,
} from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../domain/access/permissions';
import { useMe } from '../auth/useMe';
import { RouterNavLink } from './RouterNavLink';

interface NavItem {
  to:
    | '/'
    | '/accounts'
    | '/units'
    | '/jobs'
    | '/dossiers'
    | '/evaluation'
    | '/decisions'
    | '/rubrics'
    | '/councils'
    | '/rounds'
    | '/holidays'
    | '/producers'
    | '/products'
    | '/stamps'
    | '/statistics'
    | '/inspections'
    | '/revocations'
    | '/market-cases'
    | '/consultancy-links'
    | '/dossier-deadlines'
    | '/council-settings'
    | '/training'
    | '/consultants'
    | '/trade-events'
    | '/points-of-sale'
    | '/ideas'
    | '/plans'
    | '/five-star-candidates'
    | '/news'
    | '/trade-promotion-plan'
    | '/reports'
    | '/certificates'
    | '/certificates/not-re-evaluated';
  labelKey: string;
  icon: ReactNode;
  /** Shown when the account holds any of these actions somewhere; always shown when empty. */
  anyOf: readonly Action[];
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: <IconHome size={18} aria-hidden />, anyOf: [] },
  {
    to: '/accounts',
    labelKey: 'nav.accounts',
    icon: <IconUsers size={18} aria-hidden />,
    anyOf: ['account.manage', 'account.read'],
  },
  {
    to: '/units',
    labelKey: 'nav.units',
    icon: <IconBuildingCommunity size={18} aria-hidden />,
    anyOf: ['unit.read'],
  },
  {
    to: '/jobs',
    labelKey: 'jobs:nav',
    icon: <IconClockPlay size={18} aria-hidden />,
    anyOf: ['jobs.read'],
  },
  {
    to: '/producers',
    labelKey: 'registry:navProducers',
    icon: <IconBuildingStore size={18} aria-hidden />,
    anyOf: ['producer.read'],
  },
  {
    to: '/products',
    labelKey: 'registry:navProducts',
    icon: <IconPackage size={18} aria-hidden />,
    anyOf: ['producer.read'],
  },
  {
    to: '/dossiers',
    labelKey: 'dossiers:nav',
    icon: <IconFiles size={18} aria-hidden />,
    anyOf: ['dossier.read'],
  },
  {
    to: '/dossier-deadlines',
    labelKey: 'dossiers:navDeadlines',
    icon: <IconCalendarTime size={18} aria-hidden />,
    anyOf: ['dossier-deadline.manage'],
  },
  {
    to: '/evaluation',
    labelKey: 'evaluation:nav',
    icon: <IconClipboardCheck size={18} aria-hidden />,
    anyOf: ['round.score', 'round.chair'],
  },
  {
    to: '/councils',
    labelKey: 'councils:navCouncils',
    icon: <IconUsersGroup size={18} aria-hidden />,
    anyOf: ['council.manage'],
  },
  {
    to: '/council-settings',
    labelKey: 'councilSettings:nav',
    icon: <IconAdjustments size={18} aria-hidden />,
    anyOf: ['council-settings.manage'],
  },
  {
    to: '/rounds',
    labelKey: 'councils:navRounds',
    icon: <IconGavel size={18} aria-hidden />,
    anyOf: ['round.manage'],
  },
  {
    to: '/holidays',
    labelKey: 'councils:navHolidays',
    icon: <IconCalendarOff size={18} aria-hidden />,
    anyOf: ['calendar.manage', 'round.manage'],
  },
  {
    to: '/stamps',
    labelKey: 'stamps:nav',
    icon: <IconQrcode size={18} aria-hidden />,
    anyOf: ['stamp.read', 'stamp.report.read'],
  },
  {
    to: '/statistics',
    labelKey: 'statistics:nav',
    icon: <IconChartBar size={18} aria-hidden />,
    anyOf: ['statistics.read'],
  },
  {
    to: '/inspections',
    labelKey: 'postInspection:navInspections',
    icon: <IconClipboardCheck size={18} aria-hidden />,
    anyOf: ['inspection.read', 'inspection.record'],
  },
  {
    to: '/revocations',
    labelKey: 'postInspection:navRevocations',
    icon: <IconGavel size={18} aria-hidden />,
    anyOf: ['revocation.draft', 'revocation.approve'],
  },
  {
    to: '/market-cases',
    labelKey: 'postInspection:navMarketCases',
    icon: <IconShieldSearch size={18} aria-hidden />,
    anyOf: ['market_case.read'],
  },
  {
    to: '/rubrics',
    labelKey: 'rubrics:nav',
    icon: <IconListCheck size={18} aria-hidden />,
    anyOf: ['rubric.read'],
  },
  {
    to: '/decisions',
    labelKey: 'evaluation:navDecisions',
    icon: <IconCertificate size={18} aria-hidden />,
    anyOf: ['decision.draft', 'decision.approve'],
  },
  {
    to: '/consultancy-links',
    labelKey: 'evaluation:navConsultancy',
    icon: <IconUserShield size={18} aria-hidden />,
    anyOf: ['consultancy.manage'],
  },
  {
    to: '/training',
    labelKey: 'promotion:navTraining',
    icon: <IconSchool size={18} aria-hidden />,
    anyOf: ['promotion.read'],
  },
  {
    to: '/consultants',
    labelKey: 'promotion:navConsultants',
    icon: <IconBriefcase size={18} aria-hidden />,
    anyOf: ['promotion.read', 'consultant.manage'],
  },
  {
    to: '/five-star-candidates',
    labelKey: 'candidates:nav',
    icon: <IconStar size={18} aria-hidden />,
    anyOf: ['promotion.read'],
  },
  {
    to: '/trade-events',
    labelKey: 'promotion:navEvents',
    icon: <IconSpeakerphone size={18} aria-hidden />,
    anyOf: ['promotion.read'],
  },
  {
    to: '/trade-promotion-plan',
    labelKey: 'tradePlan:nav',
    icon: <IconCalendarTime size={18} aria-hidden />,
    anyOf: ['promotion.read'],
  },
  { to: '/news', labelKey: 'news:nav', icon: <IconNews size={18} aria-hidden />, anyOf: ['promotion.read'] },
  {
    to: '/points-of-sale',
    labelKey: 'promotion:navPointsOfSale',
    icon: <IconMapPin size={18} aria-hidden />,
    anyOf: ['promotion.read'],
  },
  {
    to: '/ideas',
    labelKey: 'programme:navIdeas',
    icon: <IconBulb size={18} aria-hidden />,
    anyOf: ['idea.read'],
  },
  {
    to: '/plans',
    labelKey: 'programme:navPlans',
    icon: <IconTargetArrow size={18} aria-hidden />,
    anyOf: ['plan.read'],
  },
  {
    to: '/certificates',
    labelKey: 'reports:navCertificates',
    icon: <IconCertificate size={18} aria-hidden />,
    anyOf: ['certificate.issue', 'report.read'],
  },
  {
    to: '/certificates/not-re-evaluated',
    labelKey: 'certificates:navNotReEvaluated',
    icon: <IconCalendarTime size={18} aria-hidden />,
    anyOf: ['certificate.issue', 'dossier.intake.commune'],
  },
  {
    to: '/reports',
    labelKey: 'reports:nav',
    icon: <IconReportAnalytics size={18} aria-hidden />,
    anyOf: ['report.read'],
  },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The navigation, filtered by what the account may do (the server still checks every call). */
export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = NAV_ITEMS.filter(
    (item) => item.anyOf.length === 0 || item.anyOf.some((action) => me.actions.includes(action)),
  );

  // The most specific entry is the current one (/certificates/not-re-evaluated, not /certificates).
  const activeTo = items
    .filter((item) => isActive(pathname, item.to))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = item.to === activeTo;
        return (
          <RouterNavLink
            key={item.to}
            to={item.to}
            label={t(item.labelKey)}
            leftSection={item.icon}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="light"
          />
        );
      })}
    </Stack>
  );
}
