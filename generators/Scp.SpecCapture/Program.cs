using Scp.SpecCapture;

return CaptureCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out, Console.Error);
