using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace CorpusLens.Tests;

/// <summary>
/// Runs a test with <see cref="CultureInfo.CurrentCulture"/> and <see cref="CultureInfo.CurrentUICulture"/> set to
/// <paramref name="culture"/>, and restores both afterwards: for tests that check that output does not depend on
/// the machine's culture.
/// </summary>
/// <param name="culture">A culture name, such as <c>de-DE</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    private readonly CultureInfo testCulture = CultureInfo.GetCultureInfo(culture);
    private CultureInfo? savedCulture;
    private CultureInfo? savedUICulture;

    /// <summary>The culture the test runs in.</summary>
    public string Culture => testCulture.Name;

    /// <inheritdoc/>
    public override void Before(MethodInfo methodUnderTest)
    {
        savedCulture = CultureInfo.CurrentCulture;
        savedUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = testCulture;
        CultureInfo.CurrentUICulture = testCulture;
    }

    /// <inheritdoc/>
    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = savedCulture ?? CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = savedUICulture ?? CultureInfo.InvariantCulture;
    }
}
