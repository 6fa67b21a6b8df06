// Every page the router knows has its own tab title in both languages (issue 14 item 22), so a
// page added later without one fails here rather than in a user's tab bar.
import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { en, vi } from '../i18n/resources.js';
import { routes } from './routes.js';
import { titleKeyFor } from './titles.js';

type Tree = { [key: string]: string | Tree };

/** Every concrete path of the route tree, `:params` filled in, the catch-all left out. */
function pathsOf(tree: RouteObject[], base = ''): string[] {
  return tree.flatMap((route) => {
    if (route.path === '*') return [];
    const here = route.path ? `${base.replace(/\/$/, '')}/${route.path.replace(/^\//, '')}` : base;
    const own = route.index || (route.path && !route.children) ? [here.replace(/:[^/]+/g, 'x') || '/'] : [];
    return [...own, ...pathsOf(route.children ?? [], here)];
  });
}

const lookup = (tree: Tree, key: string) =>
  key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

describe('tab titles', () => {
  const paths = pathsOf(routes);

  it('reads the whole route tree', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/signin', '/profiles/x', '/staff', '/staff/reports', '/admin']));
  });

  it.each(paths)('%s has a title in Vietnamese and English', (path) => {
    const key = titleKeyFor(path);
    expect(key).not.toBeNull();
    expect(lookup(vi, key!)).toEqual(expect.any(String));
    expect(lookup(en, key!)).toEqual(expect.any(String));
  });
});
