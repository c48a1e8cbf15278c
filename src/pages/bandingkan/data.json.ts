/** The compare page's data (every measured indicator, one series per agency), fetched by its script. */
import { dataSitus } from '../../lib/situs.ts';
import { dataBanding } from '../../core/tampilan/bandingkan.ts';

export const GET = () => Response.json(dataBanding(dataSitus()));
