using System.Text;
using CorpusLens.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CorpusLensCommandLine.Run(args, Console.Out, Console.Error);
