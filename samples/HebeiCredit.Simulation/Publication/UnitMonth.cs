using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// One unit's files for one month, with its planted defects and the findings each must raise, computed with the
/// audit's own domain functions (文书号 key, authority normalisation, deadline policy, working-day calendar).
/// </summary>
internal sealed class UnitMonth
{
    private const int LateWorkingDays = 3;

    private readonly PublicationUnitPlan _plan;
    private readonly string _unit;
    private readonly DateOnly _month;
    private readonly Random _random;
    private readonly DecisionFactory _factory;
    private readonly List<SimulatedDecision> _decisions;
    private readonly Dictionary<UploadKind, List<SimulatedDecision>> _rows;
    private readonly List<PlantedDefect> _defects = [];

    public UnitMonth(PublicationUnitPlan plan, string unit, DateOnly month, int seed, int index)
    {
        _plan = plan;
        _unit = unit;
        _month = new DateOnly(month.Year, month.Month, 1);
        _random = new Random(unchecked((seed * 31) + (index * 1009) + (month.Year * 12) + month.Month));
        _factory = new DecisionFactory(plan, _random);
        var workingDays = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month))
            .Select(_month.AddDays)
            .Where(WorkingCalendar.Default.IsWorkingDay)
            .ToList();
        _decisions = Enumerable.Range(0, _random.Next(20, 31))
            .Select(_ => workingDays[_random.Next(workingDays.Count)])
            .Order()
            .Select(_factory.Make)
            .ToList();
        _rows = plan.Files.Keys.ToDictionary(k => k, k => k == UploadKind.Sources ? [] : _decisions.ToList());
        Plant();
    }

    public IReadOnlyList<PlantedDefect> Defects => _defects;

    public IEnumerable<SimulatedUpload> Uploads() =>
        _plan.Files.Select(file => new SimulatedUpload(file.Key, _unit, FileName(file.Key), Write(file.Key, file.Value)));

    private void Plant()
    {
        var free = _decisions.OrderBy(_ => _random.Next()).ToList();
        foreach (var planted in _plan.Defects)
        {
            var decision = planted.Kind switch
            {
                // The month's last decision: its deadline is the likeliest to cross a holiday (国庆 for September).
                PlantedDefect.Late => free.MaxBy(d => d.Decided)!,
                PlantedDefect.InvalidCode => free.First(d => !d.Person),
                // A decision the unit made but recorded nowhere: the next number of its department.
                PlantedDefect.Concealed => _factory.Make(free[0].Decided),
                _ => free[0],
            };
            free.Remove(decision);
            Plant(planted, decision);
        }

        if (_rows.TryGetValue(UploadKind.Sources, out var sources))
        {
            // The national platform's back-push also knows some reported decisions: they raise nothing.
            sources.InsertRange(0, free.Take(5).OrderBy(d => d.Decided));
        }
    }

    private void Plant(PublicationUnitPlan.Planted planted, SimulatedDecision decision)
    {
        var rows = _rows[planted.In];
        var file = FileName(planted.In);
        var document = $"“{decision.Document}”（{decision.Authority}）";
        switch (planted.Kind)
        {
            case PlantedDefect.Late:
                var rule = DeadlinePolicy.Default.For(decision.Kind, decision.Authority, decision.Decided);
                var deadline = WorkingCalendar.Default.AddWorkingDays(decision.Decided, rule.WorkingDays);
                var received = WorkingCalendar.Default.AddWorkingDays(deadline, LateWorkingDays);
                Replace(rows, decision, decision with { Reported = received.ToDateTime(TimeOnly.FromDateTime(decision.Reported)) });
                Add(planted.Kind, $"{document}决定于{decision.Decided:yyyy-MM-dd}，应于{deadline:yyyy-MM-dd}前报送（{rule.WorkingDays}个工作日），省平台{received:yyyy-MM-dd}才收到，迟报{LateWorkingDays}个工作日",
                    RuleIds.PubLate, decision.Subject);
                break;
            case PlantedDefect.Missing:
                rows.Remove(decision);
                _rows[UploadKind.Published].Remove(decision);
                Add(planted.Kind, $"{document}在报送台账中，省平台报送记录中没有，报送期限已过", RuleIds.PubMissing, decision.Subject);
                break;
            case PlantedDefect.Concealed:
                rows.Add(decision);
                Add(planted.Kind, $"{document}只见于独立来源“{file}”，报送台账和省平台报送记录中均无", RuleIds.PubConcealed, decision.Subject);
                break;
            case PlantedDefect.Duplicate:
                // Reported again a day later, the brackets typed differently: the same decision all the same.
                rows.Insert(rows.IndexOf(decision) + 1, decision with
                {
                    Document = decision.Document.Replace('〔', '[').Replace('〕', ']'),
                    Reported = decision.Reported.AddDays(1),
                    Published = decision.Published.AddDays(1),
                });
                Add(planted.Kind, $"{document}在{UploadKindNames.Chinese(planted.In)}“{file}”中出现两次", RuleIds.PubDuplicate, decision.Subject);
                break;
            case PlantedDefect.InvalidCode:
                var wrong = decision with { CreditCode = SubjectCodes.WithWrongCheck(decision.CreditCode!) };
                Replace(rows, decision, wrong);
                Add(planted.Kind, $"{UploadKindNames.Chinese(planted.In)}“{file}”第{Row(rows, wrong)}行统一社会信用代码“{wrong.CreditCode}”校验码错误",
                    RuleIds.PubInvalidCode, $"{file}#{Row(rows, wrong)}#{FieldNames.Of(PublicationField.SubjectCreditCode, _plan.Kind)}");
                break;
            case PlantedDefect.InvalidField:
                var blank = decision with { Name = string.Empty };
                Replace(rows, decision, blank);
                Add(planted.Kind, $"{UploadKindNames.Chinese(planted.In)}“{file}”第{Row(rows, blank)}行行政相对人名称为空",
                    RuleIds.PubInvalidField, $"{file}#{Row(rows, blank)}#{FieldNames.Of(PublicationField.SubjectName, _plan.Kind)}");
                break;
            default:
                throw new InvalidOperationException($"Unknown planted defect {planted.Kind}");
        }
    }

    private void Add(string kind, string description, string rule, string subject) =>
        _defects.Add(new PlantedDefect(_unit, kind, description, Findings: [new PlantedDefect.ExpectedFinding(rule, subject)]));

    private static void Replace(List<SimulatedDecision> rows, SimulatedDecision decision, SimulatedDecision altered) =>
        rows[rows.IndexOf(decision)] = altered;

    // The header is row 1 in CSV and .xlsx alike.
    private static int Row(List<SimulatedDecision> rows, SimulatedDecision decision) => rows.IndexOf(decision) + 2;

    private string FileName(UploadKind kind) =>
        $"{UploadKindNames.Chinese(kind)}-{_unit}-{_month:yyyy-MM}{(_plan.Files[kind] == FileFormat.CsvGbk ? "-gbk" : string.Empty)}"
        + (_plan.Files[kind] is FileFormat.XlsxSerialDates or FileFormat.XlsxTextDates ? ".xlsx" : ".csv");

    private byte[] Write(UploadKind kind, FileFormat format)
    {
        var columns = PublicationColumns.For(_plan, kind);
        var headers = columns.Select(c => c.Header).ToList();
        var cells = _rows[kind].Select(d => columns.Select(c => c.Cell(d)).ToList());
        return format switch
        {
            FileFormat.CsvUtf8Bom or FileFormat.CsvUtf8 or FileFormat.CsvGbk => CsvFile.Write(
                headers,
                cells.Select(row => row.Select(c => CellText.Of(c, _plan.DateFormat)).ToList()),
                format switch
                {
                    FileFormat.CsvGbk => Gbk.Encoding,
                    _ => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: format == FileFormat.CsvUtf8Bom),
                }),
            _ => XlsxFile.Write(UploadKindNames.Chinese(kind), headers, cells, format == FileFormat.XlsxSerialDates, _plan.DateFormat),
        };
    }
}
