// Driver adapters for the Prisma CLI only (migrate, diff, status). Each wrapper works around a
// defect of the 6.19 adapters that breaks a migrate command; see README "Database" for the list.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export function sqliteCliAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaBetterSQLite3({ url });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    // The shadow database replays migrations through prepare(), which rejects multi-statement SQL.
    async connectToShadowDb() {
      const shadow = await base.connectToShadowDb();
      const run = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        try {
          return await run(query);
        } catch (error) {
          if (query.args.length) throw error;
          await shadow.executeScript(query.sql);
          return 0;
        }
      };
      return shadow;
    },
  };
}

let catalogTypesPatched = false;

/** adapter-pg cannot read the catalog types `name` (19) and `"char"` (18) (prisma/prisma#27403): read them as text. */
function patchCatalogTypes() {
  if (catalogTypesPatched) return;
  catalogTypesPatched = true;
  const proto = pg.Result.prototype as unknown as { addFields(fields: { dataTypeID: number }[]): void };
  const addFields = proto.addFields;
  proto.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

export function postgresCliAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  patchCatalogTypes();
  const parsed = new URL(url);
  const config = {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  const base = new PrismaPg(config);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    // adapter-pg's own shadow database connects to the main one or drops it while still open.
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const admin = await base.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE "${database}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}
