/** What Office.js throws: an OfficeExtension.Error, whose `code` is a string such as "ItemNotFound". */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}
