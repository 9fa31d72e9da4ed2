using System.ComponentModel.DataAnnotations;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>How <see cref="TimelinessFileReader"/> reads: the unit and audit date of the rows, and how in parallel.</summary>
public sealed class TimelinessReadOptions
{
    public const int DefaultChunkBytes = 1024 * 1024;

    [Required]
    public string Unit { get; set; } = string.Empty;

    /// <summary>The audit's date (China time): dates after it are unusable, as the row reader has it.</summary>
    public DateOnly Today { get; set; }

    [Range(1, 64)]
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>The size of the pieces read at once; small pieces keep each piece's rows young for the GC.</summary>
    [Range(4096, 64 * 1024 * 1024)]
    public int ChunkBytes { get; set; } = DefaultChunkBytes;

    public TimelinessReadPath Path { get; set; } = TimelinessReadPath.Fast;
}
