/** The part of the Frictionless `datapackage` library the tests use (it ships no types). */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    read(opsi?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string, options?: { strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
  }
}
