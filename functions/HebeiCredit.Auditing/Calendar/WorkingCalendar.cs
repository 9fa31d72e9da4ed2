namespace HebeiCredit.Auditing.Calendar;

/// <summary>
/// 工作日 as the State Council's annual notices fix them: Monday to Friday, minus statutory holidays, plus the
/// weekend days made working days by 调休. A date in a year with no notice in the data throws
/// <see cref="CalendarYearNotCoveredException"/>; it never falls back to plain weekends.
/// </summary>
/// <remarks>
/// Everything is precomputed into flat arrays over the covered span, so the queries are O(1) and allocate nothing.
/// Known limit: a notice for year Y+1 may change late December of Y (the 2019 notice made 2018-12-29 a working day
/// and 2018-12-30/31 holidays), so the last covered year's final days are only as certain as the next notice.
/// </remarks>
public sealed class WorkingCalendar
{
    private const string ResourceName = "HebeiCredit.Auditing.Calendar.holidays.json";

    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => Load());

    private readonly int _firstYear;
    private readonly int _firstDayNumber;
    private readonly bool[] _yearCovered;
    private readonly bool[] _working;

    // _workingThrough[i]: working days among day 0..i; _workingDayIndexes[k]: day index of the (k+1)-th working day.
    private readonly int[] _workingThrough;
    private readonly int[] _workingDayIndexes;

    private WorkingCalendar(IReadOnlyList<CalendarYear> years)
    {
        _firstYear = years[0].Year;
        LastYear = years[^1].Year;
        _firstDayNumber = new DateOnly(_firstYear, 1, 1).DayNumber;
        _yearCovered = new bool[LastYear - _firstYear + 1];
        foreach (var year in years)
        {
            _yearCovered[year.Year - _firstYear] = true;
        }

        var dayCount = new DateOnly(LastYear, 12, 31).DayNumber - _firstDayNumber + 1;
        _working = new bool[dayCount];
        for (var i = 0; i < dayCount; i++)
        {
            var date = DateOnly.FromDayNumber(_firstDayNumber + i);
            _working[i] = IsCovered(date.Year) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        // Years ascending, notices by date: a later notice (an amendment, or next year's 元旦 reaching back into
        // December) overrides an earlier one, as the 2020 extension turned the 2020-02-01 working Saturday into a holiday.
        foreach (var notice in years.SelectMany(y => y.Notices))
        {
            foreach (var block in notice.Holidays)
            {
                for (var day = block.From; day <= block.To; day = day.AddDays(1))
                {
                    Mark(day, working: false);
                }
            }

            foreach (var day in notice.WorkingDays)
            {
                Mark(day, working: true);
            }
        }

        _workingThrough = new int[dayCount];
        var indexes = new List<int>(dayCount);
        for (var i = 0; i < dayCount; i++)
        {
            if (_working[i])
            {
                indexes.Add(i);
            }

            _workingThrough[i] = indexes.Count;
        }

        _workingDayIndexes = indexes.ToArray();
        Notices = years.SelectMany(y => y.Notices).ToList().AsReadOnly();
        CoveredYears = years.Select(y => y.Year).ToList().AsReadOnly();
    }

    /// <summary>The embedded data (2019 onwards), built once on first use.</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>Every notice encoded, by year and date; cite these in a closing note.</summary>
    public IReadOnlyList<HolidayNotice> Notices { get; }

    public IReadOnlyList<int> CoveredYears { get; }

    public int LastYear { get; }

    /// <summary>
    /// The embedded data plus overlay files of the same format, applied in order: a year in an overlay adds that
    /// year or replaces the embedded one whole, so a new notice needs no code change.
    /// </summary>
    /// <exception cref="InvalidDataException">An overlay is not valid holiday data.</exception>
    public static WorkingCalendar Load(params Stream[] overlays)
    {
        ArgumentNullException.ThrowIfNull(overlays);
        using var embedded = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");

        var years = HolidayDataReader.Read(embedded, "内置数据").ToDictionary(y => y.Year);
        for (var i = 0; i < overlays.Length; i++)
        {
            foreach (var year in HolidayDataReader.Read(overlays[i], $"补充数据{i + 1}"))
            {
                years[year.Year] = year;
            }
        }

        return new WorkingCalendar(years.Values.OrderBy(y => y.Year).ToList());
    }

    public bool IsWorkingDay(DateOnly date) => _working[IndexOf(date)];

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="date"/> (decision date + 7 working days = the 7th
    /// working day after the decision date); <paramref name="n"/> = 0 returns <paramref name="date"/> itself, even
    /// when it is not a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var index = IndexOf(date);
        if (n == 0)
        {
            return date;
        }

        var ordinal = (long)_workingThrough[index] + n - 1;
        if (ordinal >= _workingDayIndexes.Length)
        {
            throw new CalendarYearNotCoveredException(FirstUncoveredAfter(date.Year));
        }

        var result = DateOnly.FromDayNumber(_firstDayNumber + _workingDayIndexes[ordinal]);
        EnsureCovered(date.Year, result.Year);
        return result;
    }

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/>, so that
    /// WorkingDaysBetween(d, AddWorkingDays(d, n)) == n. When <paramref name="to"/> is before
    /// <paramref name="from"/> the result is negative: -WorkingDaysBetween(to, from).
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var fromIndex = IndexOf(from);
        var toIndex = IndexOf(to);
        EnsureCovered(Math.Min(from.Year, to.Year), Math.Max(from.Year, to.Year));
        return _workingThrough[toIndex] - _workingThrough[fromIndex];
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    private bool IsCovered(int year) =>
        year >= _firstYear && year <= LastYear && _yearCovered[year - _firstYear];

    private int IndexOf(DateOnly date)
    {
        if (!IsCovered(date.Year))
        {
            throw new CalendarYearNotCoveredException(date.Year);
        }

        return date.DayNumber - _firstDayNumber;
    }

    private void EnsureCovered(int fromYear, int toYear)
    {
        for (var year = fromYear; year <= toYear; year++)
        {
            if (!IsCovered(year))
            {
                throw new CalendarYearNotCoveredException(year);
            }
        }
    }

    private int FirstUncoveredAfter(int year)
    {
        while (IsCovered(year))
        {
            year++;
        }

        return year;
    }

    private void Mark(DateOnly day, bool working)
    {
        if (IsCovered(day.Year))
        {
            _working[day.DayNumber - _firstDayNumber] = working;
        }
    }
}
