<#
.SYNOPSIS
  Builds dist\DeskPilkada-<version>-setup.exe on a Windows 10/11 x64 machine.

.DESCRIPTION
  Same route as installer/build_windows.sh, without Wine: a clean virtual environment of
  Python 3.11 x64 gets exactly the hashed locks (installer\requirements-windows.txt and
  installer\requirements-build.txt), PyInstaller builds the one-folder program from
  installer\desk_pilkada.spec, makensis -WX builds the setup, and a .sha256 is written.
  With -Test the new setup is installed silently for the current user, the installed
  program runs its --self-test, the setup upgrades over itself, and it is uninstalled
  (the data folder stays, as for a user).

  Needs: Python 3.11 x64 (the "py" launcher), NSIS 3 (makensis on PATH or in its default
  folder). Signing (optional): $env:SIGN_PFX (+ $env:SIGN_PASSWORD, $env:SIGN_TIMESTAMP_URL)
  and signtool.exe from the Windows SDK on PATH.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 -Test
#>
param([switch]$Test)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Build = Join-Path $Root "build\windows-native"
$Dist = Join-Path $Root "dist"
$Started = Get-Date

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$Init = Get-Content (Join-Path $Root "app\__init__.py") -Raw
$Version = [regex]::Match($Init, '__version__ = "([^"]+)"').Groups[1].Value
$Org = [regex]::Match($Init, 'ORG_NAME = "([^"]+)"').Groups[1].Value
$Numbers = @([regex]::Matches($Version, '\d+') | ForEach-Object { $_.Value }) + @("0", "0", "0", "0")
$VersionQuad = ($Numbers[0..3] -join ".")
$Setup = Join-Path $Dist "DeskPilkada-$Version-setup.exe"

$MakeNsis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $MakeNsis) { $MakeNsis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
if (-not (Test-Path $MakeNsis)) { throw "NSIS 3 not found: install it or put makensis.exe on PATH" }

Write-Host "== clean virtual environment (Python 3.11 x64, hashed locks)"
if (Test-Path $Build) { Remove-Item -Recurse -Force $Build }
New-Item -ItemType Directory -Force $Build, $Dist | Out-Null
Invoke-Checked "py" @("-3.11", "-m", "venv", "$Build\venv")
$Python = "$Build\venv\Scripts\python.exe"
Invoke-Checked $Python @("-c", "import struct, sys; sys.exit(struct.calcsize('P') != 8)")
Invoke-Checked $Python @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $Python @("-m", "pip", "install", "-q", "--require-hashes", "--no-deps",
    "--only-binary=:all:", "-r", "installer\requirements-windows.txt",
    "-r", "installer\requirements-build.txt")

Write-Host "== translations"
foreach ($ts in Get-ChildItem "resources\i18n\*.ts") {
    Invoke-Checked "$Build\venv\Scripts\pyside6-lrelease.exe" @("-silent", $ts.FullName,
        "-qm", [IO.Path]::ChangeExtension($ts.FullName, ".qm"))
}

Write-Host "== PyInstaller (one folder)"
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "$Build\dist", "--workpath", "$Build\work", "installer\desk_pilkada.spec")
$Payload = "$Build\dist\DeskPilkada"

$SignDefine = @()
if ($env:SIGN_PFX) {
    Write-Host "== signing"
    $Sign = @("sign", "/f", $env:SIGN_PFX, "/fd", "sha256")
    if ($env:SIGN_PASSWORD) { $Sign += @("/p", $env:SIGN_PASSWORD) }
    if ($env:SIGN_TIMESTAMP_URL) { $Sign += @("/tr", $env:SIGN_TIMESTAMP_URL, "/td", "sha256") }
    foreach ($exe in @("$Payload\DeskPilkada.exe", "$Payload\desk-pilkada.exe")) {
        Invoke-Checked "signtool.exe" ($Sign + @($exe))
    }
    $SignDefine = @("-DSIGN_CMD=signtool.exe $($Sign -join ' ') `"%1`"")
}

Write-Host "== makensis"
if (Test-Path $Setup) { Remove-Item $Setup }
Invoke-Checked $MakeNsis (@("-V2", "-WX", "-DVERSION=$Version", "-DVERSION_QUAD=$VersionQuad",
    "-DORG=$Org", "-DPAYLOAD=$Payload", "-DOUTFILE=$Setup") + $SignDefine +
    @("$Root\installer\desk_pilkada.nsi"))
$Hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash.ToLower()
"$Hash  $(Split-Path -Leaf $Setup)" | Set-Content -Encoding ascii "$Setup.sha256"
$BuildSeconds = [int]((Get-Date) - $Started).TotalSeconds

if ($Test) {
    Write-Host "== install, --self-test, upgrade, uninstall (current user)"
    $Installed = Join-Path $env:LOCALAPPDATA "Programs\Desk Pilkada"
    $p = Start-Process -Wait -PassThru $Setup -ArgumentList "/S"
    if ($p.ExitCode -ne 0) { throw "setup exit code $($p.ExitCode)" }
    Invoke-Checked "$Installed\desk-pilkada.exe" @("--self-test")
    $p = Start-Process -Wait -PassThru $Setup -ArgumentList "/S"
    if ($p.ExitCode -ne 0) { throw "upgrade exit code $($p.ExitCode)" }
    Invoke-Checked "$Installed\desk-pilkada.exe" @("check")
    # _?= keeps the uninstaller in place so Wait really waits for it.
    $p = Start-Process -Wait -PassThru "$Installed\Uninstall.exe" -ArgumentList "/S", "_?=$Installed"
    if ($p.ExitCode -ne 0) { throw "uninstall exit code $($p.ExitCode)" }
    Remove-Item -Force "$Installed\Uninstall.exe"
    Remove-Item -Force $Installed
    $Data = Join-Path $env:LOCALAPPDATA "$Org\Desk Pilkada"
    if (-not (Test-Path "$Data\desk-pilkada.sqlite")) { throw "the data folder did not survive" }
    Write-Host "[OK] install, self-test, upgrade, uninstall; data kept in $Data"
}

Write-Host ""
Write-Host "setup:      $Setup"
Write-Host ("size:       {0:N1} MB" -f ((Get-Item $Setup).Length / 1MB))
Write-Host "sha256:     $Hash"
Write-Host "build time: $BuildSeconds s"
