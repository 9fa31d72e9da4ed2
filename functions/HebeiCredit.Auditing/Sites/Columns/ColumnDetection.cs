namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>Whether one catalog column was found on the home page, and through which link.</summary>
public sealed record ColumnDetection(KeyColumn Column, ColumnLink? Link)
{
    public bool Found => Link is not null;
}
