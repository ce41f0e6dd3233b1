import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { objectHashes, schemaObjects } from '../../../src/main/db/schemaSnapshot/schemaObjects';
import { LATEST_SCHEMA_OBJECTS, SHIPPED_SCHEMA_FINGERPRINTS } from '../../../src/main/db/schemaSnapshot/shippedSchemas';
import { createTestDb } from '../../helpers/testDb';

/**
 * The schema each shipped migration produces, fingerprinted. Databases in the field were
 * built by these exact statements, so editing a shipped migration (instead of adding the
 * next one) must fail here. Add a line for each new migration; never change an old one.
 */
const SHIPPED_SCHEMA_SHA256: Record<number, string> = {
  1: '61a95f2e8de1730b440d1955af96613c07dcad8948fdf7c82cfe16f066291bb3',
  2: 'c824212373b1eba09bbffe883cb2b532370e84d93d37ca50a69b23797206b60b',
  3: '8635e71555e5eefcf146fa0142c871f35774432dc7d4addf3b670342d3099eee',
  4: '3ca3c67dde17ecfe9092d1f1fa47ed687e796396b955fbd06272eae330e119fc',
  // [search] 6: fingerprint
  6: '9da426faf43e75f592b59b43f4c684048d1e64d6ea01043d3128f2b35ff0af78',
  // [programmes] 7: fingerprint
  7: 'fa6ad321e5a3175ae928efb0e98114cf8cf87bef538a51a111a7fd3465890965',
  // [documents] 8: fingerprint
  8: '394cd72bac75a1c676fae8e70919d42babaff62f8ac87642bb62a4c083f82b79',
  // [import] 9: fingerprint
  9: '390c49a84cb0538f433fae27f4c4730ef64b7be3ecd8ed9e665b5851f3b6a24e',
  // [base-equipment] 10: fingerprint
  10: '2a834152421968332d85e4b1fd3be52796946e5ce560303d8320beb210f85fad',
  // [import-placements] 11: fingerprint (built on top of 0010)
  11: '8f21298df6eac6e3f0fb69c43d9747f0f7be6b0facde2bc75f09616b881926c6',
  // [industry-code] 12: fingerprint
  12: '6bccebb1c8b04a29ee8ccbbefeab3f639196224ad336783dc8ed4df1daeb3987',
  // [import-values] 13: fingerprint
  13: '34204de1966382c8780cdf33218de56f75f12032fc7e0b616dd250ad05aec9c2',
  // [terminated-on] 14: fingerprint (built on top of 0012 and 0013; 0013's audit triggers list values_json last, as the table has it)
  14: '6ad8e790d85cf72d841cf1b8f08c7277782b69ba768db1bf36369456c828e378',
  // [record-majors] 15: fingerprint (built on top of 0014)
  15: '65a0965c65ded484f1bef3dddf459041ff88eac5992115754283174c4a3cb796',
  // [base-full-table] 16: fingerprint (built on top of 0015)
  16: '7690292b5c786a4153b919c3f0300e52409cd3b1701dd06615ba382581404ba7',
  // [major-directions] 17: fingerprint (built on top of 0016)
  17: 'b5d67c1db4a6a460d5fe273f216f0ba3bdd2e8379f2f7c0e43394f89b66666f6',
  // [contact-pinyin] 18: fingerprint (built on top of 0017)
  18: '032424d0cfccc70e714efdb256f140c7ecff8db714812b305734174c511956db',
  5: 'e177d0089510a961a623c9faed59e23f3ce7b7e3942fce7bf1463fb0262a9e9c',
};

async function schemaFingerprint(upTo: number): Promise<string> {
  const t = await createTestDb({ upTo });
  try {
    const rows = t.app.sqlite
      .prepare("select type, name, tbl_name, sql from sqlite_schema where name not like 'sqlite_%' order by type, name")
      .all();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  } finally {
    t.close();
  }
}

describe('shipped migrations', () => {
  it('has a recorded fingerprint for every migration', () => {
    expect(Object.keys(SHIPPED_SCHEMA_SHA256).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('gives restore the same fingerprints and the latest schema object by object (scripts/update-schema-snapshot.ts)', async () => {
    expect(SHIPPED_SCHEMA_FINGERPRINTS).toEqual(SHIPPED_SCHEMA_SHA256);
    const t = await createTestDb();
    try {
      expect(objectHashes(schemaObjects(t.app.sqlite))).toEqual(LATEST_SCHEMA_OBJECTS);
    } finally {
      t.close();
    }
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s) still builds the schema it shipped with', async (version) => {
    expect(await schemaFingerprint(version)).toBe(SHIPPED_SCHEMA_SHA256[version]);
  });
});
