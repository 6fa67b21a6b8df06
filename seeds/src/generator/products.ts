// Products and project ideas by sector, so generated profiles carry the vocabulary founders use
// (mật ong, miến ngô, chè, quế, hồi, cà phê, thổ cẩm…). The ideas themselves are data:
// data/productIdeas.json.
import { isSectorCode, type SectorCode } from '../reference/index.js';
import rows from './data/productIdeas.json';

export interface ProductIdea {
  name: string;
  /** Short description used on the product card. */
  description: string;
  sectors: SectorCode[];
  /** Headline for services and technology; goods get "<name> <quality word> từ <province>". */
  pitch?: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The ideas of data/productIdeas.json, checked as they load (sector codes from the reference table). */
function checkedIdeas(rows: readonly Record<string, unknown>[]): ProductIdea[] {
  return rows.map((row, i) => {
    const where = `productIdeas.json entry ${i} (${String(row.name)})`;
    if (!isText(row.name) || !isText(row.description)) throw new Error(`${where}: name and description are required`);
    if (!Array.isArray(row.sectors) || row.sectors.length === 0 || !row.sectors.every((s) => isSectorCode(String(s))))
      throw new Error(`${where}: sectors must be known sector codes`);
    if (row.pitch !== undefined && !isText(row.pitch)) throw new Error(`${where}: pitch must be text`);
    return row as unknown as ProductIdea;
  });
}

export const productIdeas: ProductIdea[] = checkedIdeas(rows);

export const qualityWords = ['sạch', 'hữu cơ', 'truyền thống', 'thủ công', 'đặc sản', 'chuẩn OCOP', 'bản địa', 'tự nhiên'] as const;

export const salesChannels = [
  'chợ phiên',
  'người quen',
  'Facebook',
  'Zalo',
  'cửa hàng đặc sản',
  'thương lái',
  'hội chợ',
  'khách du lịch',
  'sàn thương mại điện tử',
] as const;
