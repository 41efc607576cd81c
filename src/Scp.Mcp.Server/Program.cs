using Scp.Mcp.Server.Cli;

return await ScpMcpCommandLine.Create().Parse(args).InvokeAsync();
