import { createApp } from 'vue';
// Registers every element (and exports the localization functions).
import 'invite-kit';
import App from './App.vue';
import './theme.css';

createApp(App).mount('#app');
