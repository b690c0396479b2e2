// Placeholder sidebar script: one button that calls the server. The real sidebar replaces this file.

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  showAbout(): void;
}

declare const google: { script: { run: ScriptRun } } | undefined;

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

document.getElementById('about')?.addEventListener('click', () => {
  if (typeof google === 'undefined') {
    setStatus('เปิดหน้านี้จากเมนูส่วนเสริมใน Google Sheets เท่านั้น');
    return;
  }
  google.script.run
    .withFailureHandler((error) => setStatus(`เกิดข้อผิดพลาด: ${error.message}`))
    .showAbout();
});
