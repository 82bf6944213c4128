(() => {
  'use strict';
  const root = document.documentElement;
  let errors = 0;
  let violations = 0;
  window.addEventListener('error', () => root.setAttribute('data-script-errors', String(++errors)));
  document.addEventListener('securitypolicyviolation',
    () => root.setAttribute('data-csp-violations', String(++violations)));
  root.classList.add('js');

  const WEIGHTS = {
    lambda1: {label: 'λ1', max: 10, decimals: 3},
    lambda2: {label: 'λ2', max: 10, decimals: 3},
    eta: {label: 'η', max: 100, decimals: 2}
  };
  const NUMBER = /^[+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$/;
  const QUOTE_LIMIT = 24;
  const chapters = Array.from(document.querySelectorAll('article.chapter'));
  const live = new Map();
  document.querySelectorAll('script[data-live]').forEach(data =>
    live.set(Number(data.getAttribute('data-live')), JSON.parse(data.textContent)));
  const notice = document.querySelector('.notice');
  const state = {chapter: 1, weights: {}};

  /** Format.fixed: fixed decimals, half up on the shortest decimal form, real minus signs, a dash when not finite. */
  const fixed = (value, decimals) => {
    if (!Number.isFinite(value)) {
      return '\u2014';
    }
    if (Math.abs(value) >= 1e6) {
      const [mantissa, exponent] = value.toExponential(3).split('e');
      const power = Number(exponent);
      return minus(mantissa + 'e' + (power < 0 ? '-' : '+') + String(Math.abs(power)).padStart(2, '0'));
    }
    const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const keep = Number(exponent) + 1 + decimals;
    const kept = [];
    for (let i = 0; i < keep; i++) {
      kept.push(i < digits.length ? Number(digits[i]) : 0);
    }
    if (keep >= 0 && keep < digits.length && Number(digits[keep]) >= 5) {
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === 9) {
        kept[i--] = 0;
      }
      if (i >= 0) {
        kept[i]++;
      } else {
        kept.unshift(1);
      }
    }
    const units = kept.join('').padStart(decimals + 1, '0');
    const whole = units.slice(0, units.length - decimals).replace(/^0+(?=.)/, '');
    const text = decimals > 0 ? whole + '.' + units.slice(units.length - decimals) : whole;
    return value < 0 && /[1-9]/.test(text) ? '\u2212' + text : text;
  };
  const minus = text => text.replace(/-/g, '\u2212');
  const percent = p => Number.isFinite(p) ? fixed(100 * p, 1) + '%' : '\u2014';
  const editable = (value, decimals) => fixed(value, decimals).replace('\u2212', '-');
  const quote = text => Array.from(text).length <= QUOTE_LIMIT ? `'${text}'`
    : `'${Array.from(text).slice(0, QUOTE_LIMIT - 1).join('')}\u2026' (${Array.from(text).length} characters)`;

  /** A weight as typed or in a link: ASCII digits, an optional point and exponent, within its range; else null. */
  const parseWeight = (name, text) => {
    const value = NUMBER.test(text) ? Number(text) : NaN;
    return Number.isFinite(value) && value >= 0 && value <= WEIGHTS[name].max ? value : null;
  };

  /** π after one plain gradient step: softmax((z − η (g_RL + λ1 g_SFT + λ2 g_KL)) / T), as the engine computes it. */
  const after = (data, weights) => {
    const size = data.z.length;
    const scaled = new Array(size);
    let max = -Infinity;
    for (let v = 0; v < size; v++) {
      const gradient = data.g[0][v] + weights.lambda1 * data.g[1][v] + weights.lambda2 * data.g[2][v];
      scaled[v] = (data.z[v] - weights.eta * gradient) / data.t;
      max = Math.max(max, scaled[v]);
    }
    const p = new Array(size);
    let total = 0;
    for (let v = 0; v < size; v++) {
      p[v] = Math.exp(scaled[v] - max);
      total += p[v];
    }
    for (let v = 0; v < size; v++) {
      p[v] /= total;
    }
    return p;
  };

  const weightsOf = number => {
    const data = live.get(number);
    return {
      lambda1: state.weights.lambda1 ?? data.l1,
      lambda2: state.weights.lambda2 ?? data.l2,
      eta: state.weights.eta ?? data.eta
    };
  };

  const put = (element, value, text) => {
    element.textContent = text;
    element.setAttribute('data-value', String(value));
  };

  /** Redoes chapter number's live numbers for the weights in force. */
  const recompute = number => {
    const data = live.get(number);
    const article = chapters[number - 1];
    const weights = weightsOf(number);
    const losses = {
      'loss-rl': data.rl,
      'loss-sft': weights.lambda1 * data.sft,
      'loss-kl': weights.lambda2 * data.kl,
      'loss-total': data.rl + weights.lambda1 * data.sft + weights.lambda2 * data.kl
    };
    for (const [name, value] of Object.entries(losses)) {
      article.querySelectorAll(`[data-quantity="${name}"]`).forEach(cell => put(cell, value, fixed(value, 3)));
    }
    for (const name of Object.keys(WEIGHTS)) {
      const text = editable(weights[name], WEIGHTS[name].decimals);
      article.querySelectorAll(`[data-shown="${name}"]`).forEach(shown => { shown.textContent = text; });
      article.querySelectorAll(`input[data-weight="${name}"]`).forEach(slider => {
        slider.value = String(Math.min(weights[name], Number(slider.max)));
      });
      article.querySelectorAll(`input[data-typed="${name}"]`).forEach(typed => {
        if (document.activeElement !== typed) {
          typed.value = text;
          typed.removeAttribute('aria-invalid');
        }
      });
    }
    if (data.z) {
      const p = after(data, weights);
      article.querySelectorAll('ol.bars li').forEach(row => {
        const value = p[Number(row.getAttribute('data-index'))];
        put(row.querySelector('[data-quantity="p-after"]'), value, percent(value));
        row.querySelector('rect.after').setAttribute('width', String(100 * value));
      });
    }
  };

  const writeLink = () => {
    let fragment = '#chapter=' + state.chapter;
    for (const name of Object.keys(WEIGHTS)) {
      if (name in state.weights) {
        fragment += '&' + name + '=' + String(state.weights[name]);
      }
    }
    if (location.hash === fragment) {
      return;
    }
    try {
      history.replaceState(null, '', fragment);
    } catch (refused) {
      location.replace(fragment);
    }
  };

  const show = number => {
    state.chapter = number;
    chapters.forEach((article, i) => article.classList.toggle('current', i === number - 1));
    document.querySelectorAll('[data-mark]').forEach(mark => { mark.textContent = `${number} / ${chapters.length}`; });
    document.querySelectorAll('[data-actual-size]').forEach(button => button.addEventListener('click', () => {
    const figure = button.closest('figure');
    const actual = figure.classList.toggle('actual');
    figure.querySelectorAll('svg.look').forEach(look => {
      look.style.width = actual ? look.viewBox.baseVal.width + 'px' : '';
    });
    button.textContent = actual ? 'Fit the width' : 'Actual size';
  }));
  document.querySelectorAll('[data-go]').forEach(button => {
      const next = number + Number(button.getAttribute('data-go'));
      button.disabled = next < 1 || next > chapters.length;
    });
    document.querySelectorAll('[data-chapter-link]').forEach(link => {
      if (Number(link.getAttribute('data-chapter-link')) === number) {
        link.setAttribute('aria-current', 'step');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    if (live.has(number)) {
      recompute(number);
    }
    writeLink();
  };

  const tell = problems => {
    notice.hidden = problems.length === 0;
    notice.textContent = problems.length === 0 ? ''
      : 'The link asks for what this page does not have, and that part is left out: ' + problems.join('; ') + '.';
  };

  /** Reads the chapter and the weights from the link; what it cannot take is told, and the rest applied. */
  const readLink = () => {
    const problems = [];
    const next = {chapter: 1, weights: {}};
    for (const part of location.hash.replace(/^#/, '').split('&').filter(part => part.length > 0)) {
      const at = part.indexOf('=');
      let key;
      let value;
      try {
        key = decodeURIComponent(at < 0 ? part : part.slice(0, at));
        value = at < 0 ? '' : decodeURIComponent(part.slice(at + 1));
      } catch (malformed) {
        problems.push(`${quote(part)} is not readable`);
        continue;
      }
      if (key === 'chapter') {
        const number = /^[0-9]{1,4}$/.test(value) ? Number(value) : 0;
        if (number >= 1 && number <= chapters.length) {
          next.chapter = number;
        } else {
          problems.push(`chapter ${quote(value)} is not a chapter of this lesson (1 to ${chapters.length})`);
        }
      } else if (key in WEIGHTS) {
        const weight = parseWeight(key, value);
        if (weight === null) {
          problems.push(`${key} ${quote(value)} is not a number from 0 to ${WEIGHTS[key].max}`);
        } else {
          next.weights[key] = weight;
        }
      } else {
        problems.push(`${quote(key)} is none of chapter, lambda1, lambda2, eta`);
      }
    }
    state.weights = next.weights;
    tell(problems);
    show(next.chapter);
  };

  const setWeight = (name, value) => {
    state.weights[name] = value;
    recompute(state.chapter);
    writeLink();
  };

  document.querySelectorAll('input[data-weight]').forEach(slider => slider.addEventListener('input', () =>
    setWeight(slider.getAttribute('data-weight'), Number(slider.value))));
  document.querySelectorAll('input[data-typed]').forEach(typed => {
    const name = typed.getAttribute('data-typed');
    const problem = typed.closest('.weights').querySelector('.problem');
    typed.addEventListener('change', () => {
      const value = parseWeight(name, typed.value.trim());
      if (value === null) {
        typed.setAttribute('aria-invalid', 'true');
        problem.hidden = false;
        problem.textContent = `${WEIGHTS[name].label} is a number from 0 to ${WEIGHTS[name].max}, not `
          + `${quote(typed.value)}: it stays ${editable(weightsOf(state.chapter)[name], WEIGHTS[name].decimals)}.`;
        return;
      }
      typed.removeAttribute('aria-invalid');
      problem.hidden = true;
      setWeight(name, value);
    });
  });
  document.querySelectorAll('[data-own-weights]').forEach(button => button.addEventListener('click', () => {
    state.weights = {};
    recompute(state.chapter);
    writeLink();
  }));
  document.querySelectorAll('[data-all-tokens]').forEach(button => button.addEventListener('click', () => {
    const bars = button.closest('.tokens').querySelector('ol.bars');
    bars.classList.toggle('all');
    button.textContent = bars.classList.contains('all') ? 'Fewer tokens'
      : `All ${bars.children.length} tokens`;
  }));
  document.querySelectorAll('[data-go]').forEach(button => button.addEventListener('click', () => {
    show(state.chapter + Number(button.getAttribute('data-go')));
    window.scrollTo(0, 0);
  }));
  document.querySelectorAll('[data-chapter-link]').forEach(link => link.addEventListener('click', event => {
    event.preventDefault();
    link.closest('details').open = false;
    show(Number(link.getAttribute('data-chapter-link')));
    window.scrollTo(0, 0);
  }));
  document.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest('input, textarea, select')) {
      return;
    }
    // JavaFX's WebView (WebKit) leaves the key's name empty; its code tells.
    const step = {ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1}[event.key]
      ?? {39: 1, 34: 1, 37: -1, 33: -1}[event.keyCode];
    const next = state.chapter + (step || 0);
    if (step && next >= 1 && next <= chapters.length) {
      event.preventDefault();
      show(next);
      window.scrollTo(0, 0);
    }
  });
  window.addEventListener('hashchange', readLink);
  readLink();
  root.setAttribute('data-ready', 'true');
})();
