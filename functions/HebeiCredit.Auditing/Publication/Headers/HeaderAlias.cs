namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// One header text real files use for a field. <see cref="Kind"/> is set when the header belongs to one kind of
/// decision only (处罚机关), so that it also tells the file's kind; shared headers (决定日期) leave it null.
/// </summary>
internal sealed record HeaderAlias(string Text, PublicationField Field, DecisionKind? Kind = null);
