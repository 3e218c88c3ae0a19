import { createApp } from 'vue';
// Registers every element and every language the kit ships (set `lang` to choose one).
import 'invite-kit';
import App from './App.vue';
import './theme.css';

createApp(App).mount('#app');
