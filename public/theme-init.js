// Before first paint (render-blocking on purpose): a chosen theme or hidden annotations never flash,
// and <html data-js> lets controls that need script take their place at once (no layout shift).
var d=document.documentElement.dataset;d.js='';try{var s=localStorage,t=s.getItem('theme');if(t=='light'||t=='dark')d.theme=t;if(s.getItem('annotations')=='off')d.annotations='off'}catch(e){}
