// The DuckDB peer of bench/publication-vs-duckdb.sh: the PUB-LATE / PUB-MISSING counts of the generated penalty
// ledger and platform export, in SQL. The calendar is our WorkingCalendar's own days (calendar.csv, written by the
// generator) and the deadline rules come from the policy file the audit embeds (deadlines.json), so both sides use
// the same calendar and periods. The generator writes 文书号 already normalised and authorities without stray
// spaces, so the join is on the text as written: this peer does not normalise (our side does, on every row).
// Usage: node publication.mjs DIR TODAY(YYYY-MM-DD) DEADLINES_JSON [threads]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, today, policyPath, threads = '2'] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}-\d{2}$/.test(today ?? '') || !policyPath) {
  console.error('usage: node publication.mjs DIR TODAY DEADLINES_JSON [threads]');
  process.exit(2);
}

const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;
const file = (name) => quote(join(dir, name));

// deadlines.json: the first rule that covers a decision wins, else the default (DeadlinePolicy.For). The files are
// penalty ledgers, so a rule limited to licensing never applies.
const policy = JSON.parse(readFileSync(policyPath, 'utf8'));
const covers = (rule) => {
  if (rule.kind && rule.kind !== 'Penalty') return 'FALSE';
  const parts = [];
  if (rule.effectiveFrom) parts.push(`decided >= DATE ${quote(rule.effectiveFrom)}`);
  if (rule.authorityMarkers?.length) parts.push(`(${rule.authorityMarkers.map((m) => `contains(auth, ${quote(m)})`).join(' OR ')})`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
};
const period = `CASE ${(policy.rules ?? []).map((r) => `WHEN ${covers(r)} THEN ${r.workingDays}`).join(' ')} ELSE ${policy.default.workingDays} END`;

const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();

// thru.n: working days from the calendar's start up to and including the day (WorkingCalendar's _workingThrough);
// the deadline is the working day numbered thru.n(decided) + period.
await connection.run(`
  CREATE TABLE thru AS
    SELECT day, working, sum(working) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING) AS n
    FROM read_csv(${file('calendar.csv')}, header = true, columns = {'day': 'DATE', 'working': 'INTEGER'});
  CREATE TABLE wd AS SELECT n, day FROM thru WHERE working = 1;`);

const reader = await connection.runAndReadAll(`
  WITH p AS (
    SELECT "行政处罚决定书文号" AS doc, "处罚机关" AS auth, min(CAST("报送时间" AS TIMESTAMP)::DATE) AS recv, count(*) AS copies
    FROM read_csv(${file('platform.csv')}, header = true, all_varchar = true)
    GROUP BY ALL),
  l AS (
    SELECT "行政处罚决定书文号" AS doc, "处罚机关" AS auth, strptime("处罚决定日期", '%Y/%m/%d')::DATE AS decided
    FROM read_csv(${file('ledger.csv')}, header = true, all_varchar = true)),
  j AS (
    SELECT l.decided, p.recv, t.n + ${period.replaceAll('decided', 'l.decided').replaceAll('auth', 'l.auth')} AS deadline_n
    FROM l LEFT JOIN p ON p.doc = l.doc AND p.auth = l.auth
    JOIN thru t ON t.day = l.decided),
  k AS (SELECT j.decided, j.recv, w.day AS deadline, w.n AS deadline_n FROM j JOIN wd w ON w.n = j.deadline_n)
  SELECT
    count(*) AS ledger_rows,
    count(*) FILTER (WHERE k.recv <= k.deadline) AS on_time,
    count(*) FILTER (WHERE k.recv > k.deadline) AS late,
    coalesce(sum(r.n - k.deadline_n) FILTER (WHERE k.recv > k.deadline), 0) AS late_wd,
    count(*) FILTER (WHERE k.recv IS NULL AND DATE ${quote(today)} > k.deadline) AS missing,
    count(*) FILTER (WHERE k.recv IS NULL AND DATE ${quote(today)} <= k.deadline) AS pending,
    (SELECT sum(copies) FROM p) AS platform_rows
  FROM k LEFT JOIN thru r ON r.day = k.recv`);
const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
// User + system time of the whole process, DuckDB's worker threads included (microseconds).
const cpu = process.cpuUsage(cpuBefore);
const [row] = reader.getRowObjectsJS();
const rows = Number(row.ledger_rows);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `DUCKDB rows=${rows} platform_rows=${Number(row.platform_rows)} wall_ms=${elapsed.toFixed(0)} rows_per_s=${(rows / (elapsed / 1000)).toFixed(0)} ` +
    `peak_mb=${peakMb.toFixed(0)} late=${Number(row.late)} missing=${Number(row.missing)} late_wd=${Number(row.late_wd)} ` +
    `on_time=${Number(row.on_time)} pending=${Number(row.pending)} threads=${threads} cpu_ms=${((cpu.user + cpu.system) / 1000).toFixed(0)}`);
