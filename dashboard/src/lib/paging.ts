/**
 * Paging query parameters. The contracts move `page` and `size` from strings to integers (issue 11 item 6) one
 * service at a time, and both forms are the same on the wire; typed `never` here so that each call compiles
 * against either generation. Remove once every committed contract types them as integers.
 */
export function paging(page: number, size: number): { page: never; size: never } {
  return { page, size } as unknown as { page: never; size: never };
}
