using System.CommandLine;

namespace CorpusLens.Cli;

/// <summary>
/// Runs a command's action so that a user never sees a stack trace: a <see cref="CorpusLensException"/> becomes
/// one line on stderr and exit code 1; any other exception one line naming it and exit code 70.
/// </summary>
public static class GuardedAction
{
    /// <summary>Exit code for an error in the user's input.</summary>
    public const int InputError = 1;

    /// <summary>Exit code for an unexpected internal error (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Sets a synchronous action that receives the parse result, stdout and stderr and returns an exit code.</summary>
    public static void SetGuardedAction(this Command command, Func<ParseResult, TextWriter, TextWriter, int> action)
    {
        command.SetAction(parseResult =>
        {
            var (output, error) = Writers(parseResult);
            try
            {
                return action(parseResult, output, error);
            }
            catch (Exception exception)
            {
                return Report(exception, error);
            }
        });
    }

    /// <summary>Sets an asynchronous action that receives the parse result, stdout, stderr and a cancellation token.</summary>
    public static void SetGuardedAction(this Command command, Func<ParseResult, TextWriter, TextWriter, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = Writers(parseResult);
            try
            {
                return await action(parseResult, output, error, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                return Report(exception, error);
            }
        });
    }

    /// <summary>Writes the one-line message for <paramref name="exception"/> and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CorpusLensException userError:
                error.WriteLine($"corpuslens: error: {OneLine(userError.Message)}");
                return InputError;
            case OperationCanceledException:
                error.WriteLine("corpuslens: cancelled");
                return 130;
            default:
                error.WriteLine($"corpuslens: internal error ({exception.GetType().Name}): {OneLine(exception.Message)}");
                return InternalError;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static (TextWriter Output, TextWriter Error) Writers(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        return (configuration.Output, configuration.Error);
    }
}
