namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>One Allow or Disallow line of robots.txt: a path pattern with * and an optional closing $ (RFC 9309).</summary>
internal sealed record RobotsRule(string Pattern, bool Allow)
{
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern + "*";
        return Glob(pattern, path);
    }

    /// <summary>Wildcard match of the whole text, '*' matching any run; linear backtracking to the last star.</summary>
    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
