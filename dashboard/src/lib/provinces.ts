// Tile-grid positions of Indonesia's 38 provinces by Kemendagri code: one square each, placed roughly west to
// east and north to south (column, row). Drawn instead of boundaries, which need a licensable data set.
export const PROVINCE_TILES: Record<string, [number, number]> = {
  '11': [0, 0], '12': [1, 1], '13': [1, 2], '14': [2, 2], '21': [3, 1], '15': [2, 3], '17': [1, 3], '16': [2, 4],
  '19': [3, 4], '18': [2, 5], '31': [4, 5], '36': [3, 6], '32': [4, 6], '33': [5, 6], '35': [6, 6], '34': [5, 7],
  '51': [7, 6], '52': [8, 6], '53': [9, 6], '65': [8, 1], '61': [6, 2], '62': [7, 2], '64': [8, 2], '63': [7, 3],
  '75': [10, 1], '71': [11, 1], '72': [10, 2], '76': [9, 3], '73': [9, 4], '74': [10, 4], '82': [12, 1], '81': [12, 3],
  '96': [13, 2], '92': [14, 2], '91': [15, 2], '94': [15, 3], '95': [16, 3], '93': [16, 4],
};
export const GRID_COLUMNS = 17;
export const GRID_ROWS = 8;
