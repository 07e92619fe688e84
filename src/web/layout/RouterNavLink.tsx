import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type MantineNavLinkProps = Omit<NavLinkProps, 'href'> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & { ref?: Ref<HTMLAnchorElement> };

function MantineNavLink(props: MantineNavLinkProps) {
  return <NavLink {...props} />;
}

const CreatedNavLink = createLink(MantineNavLink);

/** A Mantine `NavLink` that navigates with the router. */
export const RouterNavLink: LinkComponent<typeof MantineNavLink> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
