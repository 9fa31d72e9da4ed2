namespace HebeiCredit.Infrastructure.Uploads.Reading;

internal enum DecodingProblem
{
    /// <summary>Bytes that are not valid in the file's encoding.</summary>
    InvalidBytes,

    /// <summary>A line of valid UTF-8 Chinese in a file read as GB18030: it would decode without error, as mojibake.</summary>
    Utf8InGbk,

    /// <summary>A single line longer than the reader holds.</summary>
    LineTooLong,
}
