namespace CorpusLens;

/// <summary>
/// An error caused by the user's input (a missing folder, a malformed lexicon), with a message that is one line
/// and names the file, the line and the reason. The command line prints the message alone, never a stack trace.
/// </summary>
public class CorpusLensException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public CorpusLensException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the exception that caused it.</summary>
    public CorpusLensException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
