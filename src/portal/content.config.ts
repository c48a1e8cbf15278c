/**
 * The portal declares the site's collections too, so a portal build generates the same content types
 * in .astro/ as the site's (its narrative collection stays empty: the portal shows no report).
 */
export { collections } from '../content.config.ts';
