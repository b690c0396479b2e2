// The import dialog, served with HtmlService.createHtmlOutput(IMPORT_DIALOG_HTML): no build step needed.
// Everything shown from the server is inserted with textContent (never innerHTML), so pasted text is inert.

export const IMPORT_DIALOG_TITLE = 'นำเข้าคะแนน ITA';

export const IMPORT_DIALOG_HTML = `<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><base target="_top">
<style>
body{font-family:Sarabun,Arial,sans-serif;font-size:14px;margin:12px;color:#222}
textarea{width:100%;height:150px;font-family:monospace;font-size:12px;box-sizing:border-box}
button{margin:6px 6px 6px 0;padding:6px 14px}
#msg{margin:6px 0;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:12px}
td,th{border:1px solid #ccc;padding:2px 4px;text-align:left}
.conflict{background:#fce8b2}.new{background:#e6f4ea}.err{color:#b3261e}
#out{max-height:250px;overflow:auto}
</style></head><body>
<div>วางตารางคะแนนที่คัดลอกจากรายงานผล ITAS, PDF หรือเอกสารปีก่อน แล้วกด "ตรวจสอบ"</div>
<textarea id="text" aria-label="ข้อความคะแนน"></textarea>
<div><button id="preview">ตรวจสอบ</button><button id="confirm" disabled>บันทึกลงสมุดงาน</button>
<label><input type="checkbox" id="overwrite"> เขียนทับค่าเดิมที่ต่างกัน</label></div>
<div id="msg" role="status"></div>
<div id="out"></div>
<script>
(function(){
  var $ = function(id){ return document.getElementById(id); };
  function el(tag, text, cls){ var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function busy(on){ $('preview').disabled = on; $('confirm').disabled = on || !last || !last.ok; }
  var last = null;
  function render(p){
    last = p; busy(false);
    $('msg').textContent = p.message;
    var out = $('out'); out.textContent = '';
    if (p.errors.length){
      out.appendChild(el('div', 'บรรทัดที่อ่านไม่ได้ (' + p.errors.length + ')', 'err'));
      var ul = el('ul');
      p.errors.forEach(function(e){ ul.appendChild(el('li', (e.line ? 'บรรทัดที่ ' + e.line + (e.column ? ' คอลัมน์ที่ ' + e.column : '') + ': ' : '') + e.message, 'err')); });
      out.appendChild(ul);
    }
    p.warnings.forEach(function(w){ out.appendChild(el('div', 'ข้อควรทราบ: ' + w)); });
    if (p.targets.length){
      var t = el('table'); var h = el('tr');
      ['รายการ','เซลล์','ค่าใหม่','ค่าเดิม','สถานะ'].forEach(function(x){ h.appendChild(el('th', x)); });
      t.appendChild(h);
      var kinds = {'new':'เพิ่ม','same':'ตรงกับค่าเดิม','conflict':'ต่างจากค่าเดิม'};
      p.targets.forEach(function(r){
        var tr = el('tr', undefined, r.kind);
        [r.label, r.cell, r.value, r.old, kinds[r.kind]].forEach(function(x){ tr.appendChild(el('td', x)); });
        t.appendChild(tr);
      });
      out.appendChild(t);
    }
  }
  function fail(e){ busy(false); var m = String(e && e.message ? e.message : e).replace(/^(Exception|Error|ScriptError|NetworkError):\\s*/, '');
    $('msg').textContent = /[\\u0E00-\\u0E7F]/.test(m) ? m : 'ติดต่อเซิร์ฟเวอร์ไม่สำเร็จหรือบริการของ Google ขัดข้อง กรุณาลองใหม่อีกครั้ง (รายละเอียด: ' + m + ')'; }
  // บันทึก saves the text previewed, nothing else: an edit disables it until ตรวจสอบ is pressed again
  // (the server refuses a text whose hash is not the previewed one anyway).
  $('text').oninput = function(){ if (last && last.ok){ last = null; busy(false); $('msg').textContent = 'ข้อความเปลี่ยนไปแล้ว กด "ตรวจสอบ" อีกครั้งก่อนบันทึก'; } };
  $('preview').onclick = function(){ busy(true); $('msg').textContent = 'กำลังตรวจสอบ…';
    google.script.run.withSuccessHandler(render).withFailureHandler(fail).importScoresPreview($('text').value); };
  $('confirm').onclick = function(){ busy(true); $('msg').textContent = 'กำลังบันทึก…';
    google.script.run.withSuccessHandler(function(p){ render(p); $('confirm').disabled = true; }).withFailureHandler(fail)
      .importScoresConfirm($('text').value, $('overwrite').checked, last ? last.textHash : ''); };
})();
</script></body></html>`;
