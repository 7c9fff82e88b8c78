# Builds Ordo's Windows application image and per-user .msi from the application's build (app\target: ordo.jar
# and lib\), in the same four steps as installer/linux/build.sh:
#   1. jlink: a trimmed Java runtime (modules in ..\packaging\jlink-modules); JavaFX stays on the class path as
#      Maven's jars for Windows (javafx-*-win.jar), beside the other libraries.
#   2. jpackage: the application image: Ordo.exe (the desktop, no console) and ordo-cli.exe (commands).
#   3. A training run of the image writes the JDK's ahead-of-time class cache (app\ordo.aot).
#   4. jpackage: the .msi from that image: per-user (no administrator), under %LOCALAPPDATA%\Programs\Ordo,
#      Start-menu and desktop shortcuts, a fixed upgrade code so a newer version replaces the older one. The data
#      folder, %LOCALAPPDATA%\Ordo, is not part of the package: upgrades and uninstalls leave it alone. The demo
#      company made in advance goes beside app\lib\ordo-demo.jar (made by the generator itself, in the background
#      while 1-3 run: it.ordo.demo.PrebuiltDemo, docs/startup.md).
# Needs JDK 25 (JAVA_HOME) and the WiX Toolset (3.14, or 4/5 with its UI and Util extensions) on the PATH.
# Usage: build.ps1 APP_TARGET OUT_DIR VERSION        (run by installer\pom.xml in the "installer" profile)
param(
    [Parameter(Mandatory = $true)][string]$AppTarget,
    [Parameter(Mandatory = $true)][string]$Out,
    [Parameter(Mandatory = $true)][string]$Version
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$here = $PSScriptRoot
$packaging = Join-Path $here '..\packaging'
$javaHome = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { throw 'build.ps1: JAVA_HOME must name a JDK 25' }
# MSI versions are numeric: 0.1.0-SNAPSHOT is packaged as 0.1.0.
$pkgVersion = ($Version -split '-')[0]
# Never change it: Windows Installer recognises an older Ordo by this code and replaces it.
$upgradeUuid = '9afbedd5-1030-4ab9-b9d2-764787f5f8b0'

function Step($text) { Write-Host "[installer $((Get-Date).ToUniversalTime().ToString('HH:mm:ss'))] $text" }
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path (Join-Path $AppTarget 'ordo.jar'))) { throw "build.ps1: $AppTarget\ordo.jar missing: build the application first" }
foreach ($dir in 'input', 'runtime', 'image', 'msi', 'training') {
    Remove-Item -Recurse -Force (Join-Path $Out $dir) -ErrorAction SilentlyContinue
}
$inputDir = New-Item -ItemType Directory -Force (Join-Path $Out 'input')
New-Item -ItemType Directory -Force (Join-Path $Out 'msi') | Out-Null
Copy-Item (Join-Path $AppTarget 'ordo.jar') $inputDir
Copy-Item -Recurse (Join-Path $AppTarget 'lib') (Join-Path $inputDir 'lib')
# The demo company made in advance, as on Linux: the generator's own run, archived for the first start to copy.
Step 'demo company: made in the background'
$demoZip = Join-Path $Out 'ordo-demo-company.zip'
$demoLog = Join-Path $Out 'demo-company.log'
$demo = Start-Process -PassThru -NoNewWindow -FilePath "$javaHome\bin\java.exe" -RedirectStandardOutput $demoLog `
    -RedirectStandardError "$demoLog.err" -ArgumentList @('--enable-native-access=ALL-UNNAMED',
    '--sun-misc-unsafe-memory-access=allow', '-cp',
    "`"$(Join-Path $AppTarget 'ordo.jar');$(Join-Path $AppTarget 'lib')\*`"", 'it.ordo.demo.PrebuiltDemo', "`"$demoZip`"")
$null = $demo.Handle  # without a handle taken now, .NET cannot give the exit code once the process is gone
# Derby's jars are sealed, which the AOT cache breaks in an installed folder: see ..\packaging\Unseal.java.
Run "$javaHome\bin\java.exe" (@((Join-Path $packaging 'Unseal.java')) + (Get-ChildItem (Join-Path $inputDir 'lib') -Filter *.jar).FullName)

Step 'jlink: trimmed runtime'
$modules = ((Get-Content (Join-Path $packaging 'jlink-modules')) -join '').Trim()
Run "$javaHome\bin\jlink.exe" @('--add-modules', $modules, '--strip-debug', '--no-man-pages', '--no-header-files',
    '--include-locales=en,it', '--generate-cds-archive', '--output', (Join-Path $Out 'runtime'))

Step 'jpackage: application image'
Run "$javaHome\bin\jpackage.exe" @('--type', 'app-image', '--dest', (Join-Path $Out 'image'),
    '--name', 'Ordo', '--app-version', $pkgVersion, '--vendor', 'Ordo', '--copyright', 'Copyright (c) 2026 the Ordo authors',
    '--description', 'Order management desk for distributors and manufacturers',
    '--icon', (Join-Path $packaging 'ordo.ico'),
    '--input', $inputDir, '--main-jar', 'ordo.jar', '--main-class', 'it.ordo.Main',
    '--runtime-image', (Join-Path $Out 'runtime'),
    '--java-options', '--enable-native-access=ALL-UNNAMED',
    '--java-options', '-Xlog:disable', '--java-options', '-Xlog:all=warning:stderr',
    # As on Linux: the optimising compiler waits for ten times the calls, which a command never reaches.
    '--java-options', '-XX:Tier4InvocationThreshold=50000', '--java-options', '-XX:Tier4MinInvocationThreshold=6000',
    '--java-options', '-XX:Tier4CompileThreshold=150000', '--java-options', '-XX:Tier4BackEdgeThreshold=400000',
    '--add-launcher', "ordo-cli=$(Join-Path $here 'ordo-cli.properties')")
$image = Join-Path $Out 'image\Ordo'

# The training run, as on Linux: a fresh company in a temporary data folder, then one process that runs the common
# reads on that database and through an Ordo server on this machine (shared mode), recorded into the cache.
# JAVA_TOOL_OPTIONS adds to the launcher's own options, so the class path is the same.
Step 'AOT cache: training run'
$training = New-Item -ItemType Directory -Force (Join-Path $Out 'training')
$cli = Join-Path $image 'ordo-cli.exe'
$data = Join-Path $training 'data'
$initOut = & $cli --data-dir $data init --company-name 'Ordo Training' --vat-number 01234567897
if ($LASTEXITCODE -ne 0) { throw 'training init failed' }
$adminPassword = ($initOut | Select-String 'password (\S+) \(').Matches[0].Groups[1].Value
$env:ORDO_PASSWORD = $adminPassword
$env:ORDO_NEW_PASSWORD = 'training-password-1'
Run $cli @('--data-dir', $data, '--user', 'admin', 'user', 'passwd')
Remove-Item Env:ORDO_NEW_PASSWORD
$env:ORDO_PASSWORD = 'training-password-1'
Run $cli @('--data-dir', $data, '--user', 'admin', 'product', 'import', (Join-Path $packaging 'training\products.csv'))
Run $cli @('--data-dir', $data, '--user', 'admin', 'customer', 'import', (Join-Path $packaging 'benchmark\customers.csv'))
Run $cli @('--data-dir', $data, '--user', 'admin', 'receive', '--sku', 'T1', '--warehouse', 'MAIN', '--qty', '100')
Run $cli @('--data-dir', $data, '--user', 'admin', 'receive', '--sku', 'T2', '--warehouse', 'MAIN', '--qty', '100')
$placed = & $cli --data-dir $data --user admin order place (Join-Path $packaging 'benchmark\orders.json')
if ($LASTEXITCODE -ne 0) { throw 'training order place failed' }
$order = ($placed | Select-String 'ORD-[0-9-]+').Matches[0].Value
# The same company served by an Ordo server on this machine only, for the shared-mode commands.
$served = Join-Path $training 'served'
Copy-Item -Recurse $data $served
$port = Get-Random -Minimum 20000 -Maximum 40000
$env:ORDO_DB_PASSWORD = 'training-db-password-1'
$server = Start-Process -FilePath $cli -PassThru -NoNewWindow -RedirectStandardOutput (Join-Path $training 'server.log') `
    -RedirectStandardError (Join-Path $training 'server.err') `
    -ArgumentList @('--data-dir', "`"$served`"", 'server', 'start', '--host', '127.0.0.1', '--port', $port, '--db-port', ($port + 1))
Remove-Item Env:ORDO_DB_PASSWORD
for ($i = 0; $i -lt 240 -and -not (Select-String -Quiet 'listening' (Join-Path $training 'server.log')); $i++) {
    if ($server.HasExited) { Get-Content (Join-Path $training 'server.err'); throw 'the training server stopped' }
    Start-Sleep -Milliseconds 500
}
$localArgs = @('--data-dir', $data, '--user', 'admin')
$servedArgs = @('--data-dir', (Join-Path $training 'workstation'), '--server', "https://127.0.0.1:$port", '--user', 'admin')
$commands = foreach ($read in @(@('availability', '--sku', 'T1', '--qty', '5'), @('stock', 'T1'), @('order', 'show', $order),
        @('order', 'list'))) {
    (($localArgs + $read) -join "`t"); (($servedArgs + $read) -join "`t")
}
$commandsFile = Join-Path $training 'commands.tsv'
[System.IO.File]::WriteAllLines($commandsFile, [string[]]$commands)  # UTF-8 without a byte-order mark
# As on Linux: JDK 25's cached adapter code is refused at run time with a warning, so it is left out.
$aotOptions = @('-XX:+UnlockDiagnosticVMOptions', '-XX:-AOTAdapterCaching')
$env:JAVA_TOOL_OPTIONS = ($aotOptions -join ' ') + " -XX:AOTCacheOutput=$image\app\ordo.aot -Dordo.training=$commandsFile"
# The recording writes to stderr, which Windows PowerShell would turn into a terminating error under 'Stop'.
$ErrorActionPreference = 'Continue'
& $cli --version *> (Join-Path $training 'record.log')
$ErrorActionPreference = 'Stop'
Remove-Item Env:JAVA_TOOL_OPTIONS
Remove-Item Env:ORDO_PASSWORD
Stop-Process -Id $server.Id
if (-not (Select-String -Quiet 'AOTCache creation is complete' (Join-Path $training 'record.log'))) {
    Get-Content (Join-Path $training 'record.log')
    throw 'the AOT cache was not written'
}
if ((Select-String "^Order\s+$order" (Join-Path $training 'record.log')).Count -ne 2) {
    Get-Content (Join-Path $training 'record.log')
    throw 'the training commands did not all run'
}
# jpackage cannot name a file that exists only after a run of its image: both launchers get the cache now.
foreach ($cfg in 'Ordo.cfg', 'ordo-cli.cfg') {
    $lines = $aotOptions + @('-XX:AOTCache=$APPDIR\ordo.aot') | ForEach-Object { "java-options=$_" }
    Add-Content -Path (Join-Path $image "app\$cfg") -Value $lines
}
Remove-Item -Recurse -Force $training

Step 'demo company: waiting for it'
$demo.WaitForExit()
if ($demo.ExitCode -ne 0) { Get-Content $demoLog, "$demoLog.err"; throw 'build.ps1: the demo company could not be made' }
Get-Content "$demoLog.err" -Tail 1  # its progress is on standard error
Move-Item $demoZip (Join-Path $image 'app\lib')

Step 'jpackage: .msi'
Run "$javaHome\bin\jpackage.exe" @('--type', 'msi', '--dest', (Join-Path $Out 'msi'),
    '--app-image', $image, '--name', 'Ordo', '--app-version', $pkgVersion, '--vendor', 'Ordo',
    '--description', 'Order management desk for distributors and manufacturers',
    '--license-file', (Join-Path $packaging 'LICENSE.txt'),
    '--win-per-user-install', '--install-dir', 'Programs\Ordo',
    '--win-menu', '--win-menu-group', 'Ordo', '--win-shortcut',
    '--win-upgrade-uuid', $upgradeUuid)
Step "built $((Get-ChildItem (Join-Path $Out 'msi') -Filter *.msi).FullName)"
