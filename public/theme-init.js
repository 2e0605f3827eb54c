// Before first paint (render-blocking on purpose): a chosen theme or hidden annotations never flash.
try{var s=localStorage,d=document.documentElement.dataset,t=s.getItem('theme');if(t=='light'||t=='dark')d.theme=t;if(s.getItem('annotations')=='off')d.annotations='off'}catch(e){}
